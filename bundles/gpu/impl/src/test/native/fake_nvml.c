/*
 * A fake libnvidia-ml.so.1 for tests: the subset of NVML the platform calls, with nvml.h's types and layouts.
 * What it reports is scripted by a text file, read at nvmlInit from $FAKE_NVML_CONFIG or loaded at any time with
 * fakeNvmlLoad(path). One directive a line ('#' starts a comment):
 *   gpus <n>                          number of GPUs (default 8)
 *   driver <version> | cuda <n>       driver version text, CUDA version as NVML encodes it (12040 = 12.4)
 *   gpu <i> <key> <value>             name util mem_util mem_total mem_used temperature power_mw power_limit_mw
 *                                     sm_clock mem_clock fan pcie_tx pcie_rx ecc_corrected ecc_uncorrected
 *                                     throttle (bit mask) mig (number of MIG instances; 0 = MIG disabled)
 *   proc <i> <pid> <used bytes>       a compute process on GPU i
 *   unsupported <function>            the function answers NVML_ERROR_NOT_SUPPORTED
 * Built with -DFAKE_OLD it lacks the functions newer drivers added (an old driver's library).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int nvmlReturn_t;
#define NVML_SUCCESS 0
#define NVML_ERROR_UNINITIALIZED 1
#define NVML_ERROR_INVALID_ARGUMENT 2
#define NVML_ERROR_NOT_SUPPORTED 3
#define NVML_ERROR_NOT_FOUND 6
#define NVML_ERROR_INSUFFICIENT_SIZE 7

#define MAXDEV 64
#define MAXMIG 7
#define MAXPROC 256
#define MAXUNSUP 32

typedef struct nvmlDevice_st {
    unsigned index, parent, is_mig;
    char name[96];
    unsigned util, mem_util, temperature, power_mw, power_limit_mw, sm_clock, mem_clock, fan, pcie_tx, pcie_rx, mig;
    unsigned long long mem_total, mem_used, ecc_corrected, ecc_uncorrected, throttle;
} *nvmlDevice_t;
typedef struct { unsigned int gpu, memory; } nvmlUtilization_t;
typedef struct { unsigned long long total, free, used; } nvmlMemory_t;
typedef struct { unsigned int pid; unsigned long long usedGpuMemory; } nvmlProcessInfo_v1_t;
typedef struct { unsigned int pid; unsigned long long usedGpuMemory; unsigned int gpuInstanceId, computeInstanceId; }
    nvmlProcessInfo_t;

static struct nvmlDevice_st devs[MAXDEV];
static struct nvmlDevice_st migs[MAXDEV][MAXMIG];
static struct { unsigned gpu, pid; unsigned long long used; } procs[MAXPROC];
static char unsup[MAXUNSUP][64];
static unsigned ndev, nproc, nunsup, cuda;
static char driver[32];
static int inited;

static void defaults(void) {
    ndev = 8; nproc = 0; nunsup = 0; cuda = 12040;
    strcpy(driver, "550.54.15");
    for (unsigned i = 0; i < MAXDEV; i++) {
        struct nvmlDevice_st *d = &devs[i];
        memset(d, 0, sizeof *d);
        d->index = i;
        strcpy(d->name, "NVIDIA H100 80GB HBM3");
        d->util = (i * 10 + 5) % 101; d->mem_util = (i * 7 + 3) % 101;
        d->mem_total = 85899345920ULL; d->mem_used = (i + 1) * 1073741824ULL;
        d->temperature = 40 + i; d->power_mw = 100000 + i * 25000; d->power_limit_mw = 700000;
        d->sm_clock = 1980; d->mem_clock = 2619; d->fan = 30 + i;
        d->pcie_tx = 1000 * (i + 1); d->pcie_rx = 2000 * (i + 1);
    }
}

static void apply(const char *key, unsigned i, const char *v) {
    struct nvmlDevice_st *d = &devs[i];
    unsigned long long n = strtoull(v, NULL, 0);
    if (!strcmp(key, "name")) snprintf(d->name, sizeof d->name, "%.80s", v);
    else if (!strcmp(key, "util")) d->util = n;
    else if (!strcmp(key, "mem_util")) d->mem_util = n;
    else if (!strcmp(key, "mem_total")) d->mem_total = n;
    else if (!strcmp(key, "mem_used")) d->mem_used = n;
    else if (!strcmp(key, "temperature")) d->temperature = n;
    else if (!strcmp(key, "power_mw")) d->power_mw = n;
    else if (!strcmp(key, "power_limit_mw")) d->power_limit_mw = n;
    else if (!strcmp(key, "sm_clock")) d->sm_clock = n;
    else if (!strcmp(key, "mem_clock")) d->mem_clock = n;
    else if (!strcmp(key, "fan")) d->fan = n;
    else if (!strcmp(key, "pcie_tx")) d->pcie_tx = n;
    else if (!strcmp(key, "pcie_rx")) d->pcie_rx = n;
    else if (!strcmp(key, "ecc_corrected")) d->ecc_corrected = n;
    else if (!strcmp(key, "ecc_uncorrected")) d->ecc_uncorrected = n;
    else if (!strcmp(key, "throttle")) d->throttle = n;
    else if (!strcmp(key, "mig")) d->mig = n > MAXMIG ? MAXMIG : n;
}

/** Loads a script (defaults first); returns 0, or -1 when the file cannot be read. */
int fakeNvmlLoad(const char *path) {
    defaults();
    if (!path || !*path) return 0;
    FILE *f = fopen(path, "r");
    if (!f) return -1;
    char line[256], key[64], value[160];
    unsigned i, pid;
    unsigned long long used;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = 0;
        if (line[0] == '#' || !line[0]) continue;
        if (sscanf(line, "gpus %u", &i) == 1) ndev = i > MAXDEV ? MAXDEV : i;
        else if (sscanf(line, "cuda %u", &i) == 1) cuda = i;
        else if (sscanf(line, "driver %31s", driver) == 1) continue;
        else if (sscanf(line, "proc %u %u %llu", &i, &pid, &used) == 3 && nproc < MAXPROC) {
            procs[nproc].gpu = i; procs[nproc].pid = pid; procs[nproc].used = used; nproc++;
        } else if (sscanf(line, "unsupported %63s", value) == 1 && nunsup < MAXUNSUP) strcpy(unsup[nunsup++], value);
        else if (sscanf(line, "gpu %u %63s %159[^\n]", &i, key, value) == 3 && i < MAXDEV) apply(key, i, value);
    }
    fclose(f);
    return 0;
}

static int unsupported(const char *fn) {
    for (unsigned k = 0; k < nunsup; k++) if (!strcmp(unsup[k], fn)) return 1;
    return 0;
}

#define ENTER(dev) do { if (!inited) return NVML_ERROR_UNINITIALIZED; \
    if (!valid(dev)) return NVML_ERROR_INVALID_ARGUMENT; \
    if (unsupported(__func__)) return NVML_ERROR_NOT_SUPPORTED; } while (0)

static int valid(nvmlDevice_t d) {
    if (d >= devs && d < devs + ndev) return 1;
    if (d >= &migs[0][0] && d < &migs[0][0] + MAXDEV * MAXMIG) return d->is_mig && d->parent < ndev;
    return 0;
}

/* the defaults hold from the moment the library is loaded; $FAKE_NVML_CONFIG replaces them at the first init */
__attribute__((constructor)) static void loaded(void) { defaults(); }

nvmlReturn_t nvmlInit_v2(void) {
    const char *config = getenv("FAKE_NVML_CONFIG");
    if (!inited && config && fakeNvmlLoad(config) != 0) return 999; /* NVML_ERROR_UNKNOWN */
    inited++;
    return NVML_SUCCESS;
}
nvmlReturn_t nvmlShutdown(void) { if (!inited) return NVML_ERROR_UNINITIALIZED; inited--; return NVML_SUCCESS; }
const char *nvmlErrorString(nvmlReturn_t r) {
    switch (r) {
    case NVML_SUCCESS: return "Success";
    case NVML_ERROR_UNINITIALIZED: return "Uninitialized";
    case NVML_ERROR_INVALID_ARGUMENT: return "Invalid Argument";
    case NVML_ERROR_NOT_SUPPORTED: return "Not Supported";
    case NVML_ERROR_NOT_FOUND: return "Not Found";
    case NVML_ERROR_INSUFFICIENT_SIZE: return "Insufficient Size";
    default: return "Unknown Error";
    }
}
nvmlReturn_t nvmlSystemGetDriverVersion(char *version, unsigned int len) {
    if (!inited) return NVML_ERROR_UNINITIALIZED;
    if (!version || len < strlen(driver) + 1) return NVML_ERROR_INSUFFICIENT_SIZE;
    strcpy(version, driver); return NVML_SUCCESS;
}
nvmlReturn_t nvmlSystemGetCudaDriverVersion(int *v) {
    if (!inited) return NVML_ERROR_UNINITIALIZED;
    if (!v) return NVML_ERROR_INVALID_ARGUMENT;
    *v = (int) cuda; return NVML_SUCCESS;
}
nvmlReturn_t nvmlDeviceGetCount_v2(unsigned int *count) {
    if (!inited) return NVML_ERROR_UNINITIALIZED;
    if (!count) return NVML_ERROR_INVALID_ARGUMENT;
    *count = ndev; return NVML_SUCCESS;
}
nvmlReturn_t nvmlDeviceGetHandleByIndex_v2(unsigned int i, nvmlDevice_t *d) {
    if (!inited) return NVML_ERROR_UNINITIALIZED;
    if (i >= ndev || !d) return NVML_ERROR_INVALID_ARGUMENT;
    *d = &devs[i]; return NVML_SUCCESS;
}
nvmlReturn_t nvmlDeviceGetName(nvmlDevice_t d, char *name, unsigned int len) {
    ENTER(d);
    if (!name || len < strlen(d->name) + 1) return NVML_ERROR_INSUFFICIENT_SIZE;
    strcpy(name, d->name); return NVML_SUCCESS;
}
nvmlReturn_t nvmlDeviceGetUUID(nvmlDevice_t d, char *uuid, unsigned int len) {
    ENTER(d);
    if (!uuid || len < 41) return NVML_ERROR_INSUFFICIENT_SIZE;
    if (d->is_mig) snprintf(uuid, len, "MIG-%08x-0000-4000-8000-%012x", 0xfa4e0000u + d->parent, d->index);
    else snprintf(uuid, len, "GPU-%08x-0000-4000-8000-%012x", 0xfa4e0000u + d->index, d->index);
    return NVML_SUCCESS;
}
nvmlReturn_t nvmlDeviceGetUtilizationRates(nvmlDevice_t d, nvmlUtilization_t *u) {
    ENTER(d); if (!u) return NVML_ERROR_INVALID_ARGUMENT;
    u->gpu = d->util; u->memory = d->mem_util; return NVML_SUCCESS;
}
nvmlReturn_t nvmlDeviceGetMemoryInfo(nvmlDevice_t d, nvmlMemory_t *m) {
    ENTER(d); if (!m) return NVML_ERROR_INVALID_ARGUMENT;
    m->total = d->mem_total; m->used = d->mem_used; m->free = d->mem_total - d->mem_used; return NVML_SUCCESS;
}
nvmlReturn_t nvmlDeviceGetTemperature(nvmlDevice_t d, int sensor, unsigned int *t) {
    ENTER(d); if (sensor != 0 || !t) return NVML_ERROR_INVALID_ARGUMENT; *t = d->temperature; return NVML_SUCCESS;
}
nvmlReturn_t nvmlDeviceGetPowerUsage(nvmlDevice_t d, unsigned int *mw) {
    ENTER(d); if (!mw) return NVML_ERROR_INVALID_ARGUMENT; *mw = d->power_mw; return NVML_SUCCESS;
}
nvmlReturn_t nvmlDeviceGetEnforcedPowerLimit(nvmlDevice_t d, unsigned int *mw) {
    ENTER(d); if (!mw) return NVML_ERROR_INVALID_ARGUMENT; *mw = d->power_limit_mw; return NVML_SUCCESS;
}
/* NVML_CLOCK_GRAPHICS 0, NVML_CLOCK_SM 1, NVML_CLOCK_MEM 2 */
nvmlReturn_t nvmlDeviceGetClockInfo(nvmlDevice_t d, int type, unsigned int *mhz) {
    ENTER(d); if (!mhz || type < 0 || type > 2) return NVML_ERROR_INVALID_ARGUMENT;
    *mhz = type == 2 ? d->mem_clock : d->sm_clock; return NVML_SUCCESS;
}
nvmlReturn_t nvmlDeviceGetFanSpeed(nvmlDevice_t d, unsigned int *speed) {
    ENTER(d); if (!speed) return NVML_ERROR_INVALID_ARGUMENT; *speed = d->fan; return NVML_SUCCESS;
}
/* NVML_PCIE_UTIL_TX_BYTES 0, NVML_PCIE_UTIL_RX_BYTES 1; KB/s */
nvmlReturn_t nvmlDeviceGetPcieThroughput(nvmlDevice_t d, int counter, unsigned int *kbs) {
    ENTER(d); if (!kbs || counter < 0 || counter > 1) return NVML_ERROR_INVALID_ARGUMENT;
    *kbs = counter == 0 ? d->pcie_tx : d->pcie_rx; return NVML_SUCCESS;
}
/* errorType: NVML_MEMORY_ERROR_TYPE_CORRECTED 0, UNCORRECTED 1; counterType: VOLATILE 0, AGGREGATE 1 */
nvmlReturn_t nvmlDeviceGetTotalEccErrors(nvmlDevice_t d, int errorType, int counterType, unsigned long long *count) {
    ENTER(d); if (!count || errorType < 0 || errorType > 1 || counterType < 0 || counterType > 1)
        return NVML_ERROR_INVALID_ARGUMENT;
    *count = errorType == 0 ? d->ecc_corrected : d->ecc_uncorrected; return NVML_SUCCESS;
}
nvmlReturn_t nvmlDeviceGetCurrentClocksThrottleReasons(nvmlDevice_t d, unsigned long long *reasons) {
    ENTER(d); if (!reasons) return NVML_ERROR_INVALID_ARGUMENT; *reasons = d->throttle; return NVML_SUCCESS;
}

static nvmlReturn_t processes(nvmlDevice_t d, unsigned int *count, void *infos, size_t size, int v1) {
    if (!count) return NVML_ERROR_INVALID_ARGUMENT;
    unsigned n = 0;
    for (unsigned k = 0; k < nproc; k++) if (procs[k].gpu == d->index && !d->is_mig) n++;
    if (*count < n || (n > 0 && !infos)) { *count = n; return NVML_ERROR_INSUFFICIENT_SIZE; }
    unsigned j = 0;
    for (unsigned k = 0; k < nproc; k++) {
        if (procs[k].gpu != d->index || d->is_mig) continue;
        char *at = (char *) infos + j++ * size;
        if (v1) {
            nvmlProcessInfo_v1_t *p = (nvmlProcessInfo_v1_t *) at; p->pid = procs[k].pid; p->usedGpuMemory = procs[k].used;
        } else {
            nvmlProcessInfo_t *p = (nvmlProcessInfo_t *) at; p->pid = procs[k].pid; p->usedGpuMemory = procs[k].used;
            p->gpuInstanceId = 0xFFFFFFFFu; p->computeInstanceId = 0xFFFFFFFFu;
        }
    }
    *count = n; return NVML_SUCCESS;
}
nvmlReturn_t nvmlDeviceGetComputeRunningProcesses(nvmlDevice_t d, unsigned int *count, nvmlProcessInfo_v1_t *infos) {
    ENTER(d); return processes(d, count, infos, sizeof(nvmlProcessInfo_v1_t), 1);
}

#ifndef FAKE_OLD
nvmlReturn_t nvmlDeviceGetComputeRunningProcesses_v3(nvmlDevice_t d, unsigned int *count, nvmlProcessInfo_t *infos) {
    ENTER(d); return processes(d, count, infos, sizeof(nvmlProcessInfo_t), 0);
}
nvmlReturn_t nvmlDeviceGetCurrentClocksEventReasons(nvmlDevice_t d, unsigned long long *reasons) {
    return nvmlDeviceGetCurrentClocksThrottleReasons(d, reasons);
}
nvmlReturn_t nvmlDeviceGetMigMode(nvmlDevice_t d, unsigned int *current, unsigned int *pending) {
    ENTER(d); if (!current || !pending) return NVML_ERROR_INVALID_ARGUMENT;
    *current = *pending = d->mig > 0; return NVML_SUCCESS;
}
nvmlReturn_t nvmlDeviceGetMaxMigDeviceCount(nvmlDevice_t d, unsigned int *count) {
    ENTER(d); if (!count) return NVML_ERROR_INVALID_ARGUMENT; *count = MAXMIG; return NVML_SUCCESS;
}
nvmlReturn_t nvmlDeviceGetMigDeviceHandleByIndex(nvmlDevice_t d, unsigned int i, nvmlDevice_t *mig) {
    ENTER(d); if (!mig || i >= MAXMIG) return NVML_ERROR_INVALID_ARGUMENT;
    if (d->is_mig || i >= d->mig) return NVML_ERROR_NOT_FOUND;
    struct nvmlDevice_st *m = &migs[d->index][i];
    memset(m, 0, sizeof *m);
    m->is_mig = 1; m->parent = d->index; m->index = i;
    snprintf(m->name, sizeof m->name, "%.80s MIG 1g.10gb", d->name);
    m->mem_total = d->mem_total / MAXMIG; m->mem_used = d->mem_used / (d->mig ? d->mig : 1);
    *mig = m; return NVML_SUCCESS;
}
#endif
