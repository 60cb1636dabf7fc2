package org.aiplatform.kernel.impl.audit;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManagerFactory;
import javax.persistence.TypedQuery;

import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.kernel.api.audit.AuditEvent;
import org.aiplatform.kernel.api.audit.AuditLog;
import org.aiplatform.kernel.api.audit.AuditQuery;
import org.aiplatform.kernel.api.audit.AuditRecord;
import org.aiplatform.kernel.api.persistence.JpaTransactions;
import org.aiplatform.kernel.api.schema.Schema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The audit log in {@code aip_audit}; a record joins the caller's kernel transaction when there is one. */
@Component(service = AuditLog.class)
public class JpaAuditLog implements AuditLog {
    private final JpaTransactions jpa;
    private final Clock clock;

    /**
     * @param schema not used: referencing it keeps this service away until the kernel schema is migrated
     */
    @Activate
    public JpaAuditLog(@Reference(target = "(osgi.unit.name=aiplatform-kernel)") EntityManagerFactory unit,
                       @Reference(target = "(aiplatform.schema=kernel)") Schema schema) {
        this(new JpaTransactions(unit), Clock.systemUTC());
    }

    JpaAuditLog(JpaTransactions jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    @Override
    public void record(AuditEvent event) {
        AuditEntity entity = new AuditEntity(event, clock.instant(), AuditDetails.write(event.details()));
        jpa.run(em -> em.persist(entity));
    }

    @Override
    public Page<AuditRecord> search(AuditQuery query, PageRequest page) {
        StringBuilder jpql = new StringBuilder("select a from AuditEntity a where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        filter(jpql, params, "actor", query.actor());
        filter(jpql, params, "targetType", query.targetType());
        filter(jpql, params, "targetId", query.targetId());
        filter(jpql, params, "projectId", query.projectId());
        if (query.action() != null && query.action().endsWith(".*")) {
            jpql.append(" and a.action like :action");
            params.put("action", query.action().substring(0, query.action().length() - 1) + "%");
        } else {
            filter(jpql, params, "action", query.action());
        }
        if (query.from() != null) {
            jpql.append(" and a.recordedAt >= :from");
            params.put("from", query.from().toEpochMilli());
        }
        if (query.to() != null) {
            jpql.append(" and a.recordedAt < :to");
            params.put("to", query.to().toEpochMilli());
        }
        if (page.cursor() != null) {
            jpql.append(" and a.id < :before");
            params.put("before", cursor(page.cursor()));
        }
        jpql.append(" order by a.id desc");
        return jpa.inTransaction(em -> {
            TypedQuery<AuditEntity> typed = em.createQuery(jpql.toString(), AuditEntity.class)
                .setMaxResults(page.maxResults() + 1);
            params.forEach(typed::setParameter);
            List<AuditEntity> rows = typed.getResultList();
            boolean more = rows.size() > page.maxResults();
            List<AuditEntity> shown = more ? rows.subList(0, page.maxResults()) : rows;
            return Page.of(shown.stream().map(a -> a.toRecord(AuditDetails.read(a.details()))).toList(),
                more ? String.valueOf(shown.get(shown.size() - 1).id()) : null);
        });
    }

    private static void filter(StringBuilder jpql, Map<String, Object> params, String field, String value) {
        if (value != null) {
            jpql.append(" and a.").append(field).append(" = :").append(field);
            params.put(field, value);
        }
    }

    private static long cursor(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorCode.INVALID_PARAMETER_VALUE, "Invalid page_token");
        }
    }
}
