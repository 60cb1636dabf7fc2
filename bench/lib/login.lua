-- wrk: POST /api/v1/auth/token as the benchmark account (BENCH_USER / BENCH_PASSWORD)
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = string.format('{"username": "%s", "password": "%s"}', os.getenv("BENCH_USER"), os.getenv("BENCH_PASSWORD"))
