package org.aiplatform.kernel.impl.testing;

import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * The kernel's persistence unit (its real persistence.xml and EclipseLink) on a test DataSource, with the
 * semantics of Aries' RESOURCE_LOCAL JpaTemplate: a nested call on the same thread joins the running transaction.
 */
public final class TestJpaTemplate implements JpaTemplate, AutoCloseable {
    private final EntityManagerFactory factory;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    public TestJpaTemplate(DataSource dataSource) {
        this.factory = new PersistenceProvider().createEntityManagerFactory("aiplatform-kernel",
            Map.of("javax.persistence.nonJtaDataSource", dataSource));
    }

    @Override
    public <R> R txExpr(TransactionType type, EmFunction<R> code) {
        if (type != TransactionType.Required) {
            throw new IllegalStateException("Aries' RESOURCE_LOCAL template supports only Required");
        }
        EntityManager joined = current.get();
        if (joined != null) {
            return code.apply(joined);
        }
        EntityManager em = factory.createEntityManager();
        current.set(em);
        try {
            em.getTransaction().begin();
            R result = code.apply(em);
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            throw e;
        } finally {
            current.remove();
            em.close();
        }
    }

    @Override
    public void tx(TransactionType type, EmConsumer code) {
        txExpr(type, em -> {
            code.accept(em);
            return null;
        });
    }

    @Override
    public <R> R txExpr(EmFunction<R> code) {
        return txExpr(TransactionType.Required, code);
    }

    @Override
    public void tx(EmConsumer code) {
        tx(TransactionType.Required, code);
    }

    @Override
    public void close() {
        factory.close();
    }
}
