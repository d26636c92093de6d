package com.celebrantportal.app.eventstore;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Transactions of the event processors. A read model and its token commit together and are derived from
 * the events, so their commit need not wait for the disk flush: after a crash the last few batches are
 * simply projected again from the stored token. Commands keep fully durable commits.
 */
class ReadModelTransactionManager implements TransactionManager {

    private final SpringTransactionManager delegate;
    private final JdbcClient jdbc;

    ReadModelTransactionManager(PlatformTransactionManager transactionManager, JdbcClient jdbc) {
        this.delegate = new SpringTransactionManager(transactionManager);
        this.jdbc = jdbc;
    }

    @Override
    public Transaction startTransaction() {
        Transaction transaction = delegate.startTransaction();
        jdbc.sql("SET LOCAL synchronous_commit TO OFF").update();
        return transaction;
    }
}
