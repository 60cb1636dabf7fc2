package org.aiplatform.kernel.api.persistence;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;

/**
 * Runs work in a resource-local transaction of one persistence unit, on the {@code EntityManagerFactory} service
 * Aries JPA registers for it ({@code @Reference(target = "(osgi.unit.name=aiplatform-tracking)")}). A call made
 * while another call of the same instance runs on the same thread joins its transaction, so a change and its
 * audit entry commit together.
 *
 * <p>The platform does not use Aries' {@code JpaTemplate}: it goes through the OSGi Coordinator, whose Felix
 * implementation (1.0.2, the latest) fails a running coordination as ORPHANED when the JIT lets go of its holder
 * early and the holder is finalized; under load that turned about one read in half a million into a 500.
 *
 * @since 1.0.0
 */
public final class JpaTransactions {
    /** The entity manager of the transaction each thread runs, per persistence unit. */
    private static final ThreadLocal<Map<EntityManagerFactory, EntityManager>> RUNNING =
        ThreadLocal.withInitial(IdentityHashMap::new);

    private final EntityManagerFactory factory;

    /**
     * @param factory the persistence unit's factory
     */
    public JpaTransactions(EntityManagerFactory factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /**
     * @param <R> the result type
     * @param work what to do with the entity manager; a runtime exception rolls the transaction back and is
     *             rethrown as it is
     * @return what the work returned, after the commit
     */
    public <R> R inTransaction(Function<EntityManager, R> work) {
        Map<EntityManagerFactory, EntityManager> running = RUNNING.get();
        EntityManager joined = running.get(factory);
        if (joined != null) {
            return work.apply(joined);
        }
        EntityManager em = factory.createEntityManager();
        running.put(factory, em);
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            R result = work.apply(em);
            tx.commit();
            return result;
        } catch (RuntimeException | Error e) {
            if (tx.isActive()) {
                try {
                    tx.rollback();
                } catch (RuntimeException rollback) {
                    e.addSuppressed(rollback);
                }
            }
            throw e;
        } finally {
            running.remove(factory);
            em.close();
        }
    }

    /**
     * @param work what to do with the entity manager, in a transaction
     */
    public void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }
}
