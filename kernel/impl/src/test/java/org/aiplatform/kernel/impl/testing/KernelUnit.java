package org.aiplatform.kernel.impl.testing;

import java.util.Map;

import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.aiplatform.kernel.api.persistence.JpaTransactions;
import org.eclipse.persistence.jpa.PersistenceProvider;

/** The kernel's persistence unit (its real persistence.xml, EclipseLink) on a test DataSource. */
public final class KernelUnit implements AutoCloseable {
    private final EntityManagerFactory factory;

    public KernelUnit(DataSource dataSource) {
        this.factory = new PersistenceProvider().createEntityManagerFactory("aiplatform-kernel",
            Map.of("javax.persistence.nonJtaDataSource", dataSource));
    }

    public EntityManagerFactory factory() {
        return factory;
    }

    /** @return transactions on this unit, as a store in the container gets them */
    public JpaTransactions transactions() {
        return new JpaTransactions(factory);
    }

    @Override
    public void close() {
        factory.close();
    }
}
