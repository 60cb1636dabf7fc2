package org.aiplatform.kernel.impl.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.persistence.EntityManager;

import org.aiplatform.kernel.api.persistence.JpaTransactions;
import org.aiplatform.kernel.impl.schema.KernelSchema;
import org.aiplatform.kernel.impl.testing.KernelUnit;
import org.aiplatform.kernel.impl.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JpaTransactionsTest {
    private TestDatabase db;
    private KernelUnit unit;

    @BeforeEach
    void setUp() {
        db = TestDatabase.derby();
        KernelSchema.migrate(db.dataSource());
        unit = new KernelUnit(db.dataSource());
    }

    @AfterEach
    void tearDown() {
        unit.close();
        db.close();
    }

    @Test
    void instancesOnOneUnitJoinTheRunningTransaction() {
        JpaTransactions outer = unit.transactions();
        JpaTransactions inner = unit.transactions();
        outer.run(em -> {
            EntityManager joined = inner.inTransaction(innerEm -> innerEm);
            assertSame(em, joined);
        });
    }

    @Test
    void aFailureInsideRollsBackEverythingTheTransactionWrote() throws Exception {
        JpaTransactions outer = unit.transactions();
        JpaTransactions inner = unit.transactions();
        assertThrows(IllegalStateException.class, () -> outer.run(em -> {
            em.createNativeQuery("INSERT INTO aip_audit (recorded_at, actor, action_name, outcome) "
                + "VALUES (1, 'a', 'first', 'SUCCESS')").executeUpdate();
            inner.run(innerEm -> {
                throw new IllegalStateException("boom");
            });
        }));
        assertEquals(0, auditRows());
        unit.transactions().run(em -> em.createNativeQuery("INSERT INTO aip_audit (recorded_at, actor, "
            + "action_name, outcome) VALUES (1, 'a', 'second', 'SUCCESS')").executeUpdate());
        assertEquals(1, auditRows(), "the thread is free for a new transaction after the failure");
    }

    @Test
    void theResultComesBackAfterTheCommit() throws Exception {
        int inserted = unit.transactions().inTransaction(em -> em.createNativeQuery("INSERT INTO aip_audit "
            + "(recorded_at, actor, action_name, outcome) VALUES (1, 'a', 'x', 'SUCCESS')").executeUpdate());
        assertEquals(1, inserted);
        assertEquals(1, auditRows());
    }

    private int auditRows() throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from aip_audit")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
