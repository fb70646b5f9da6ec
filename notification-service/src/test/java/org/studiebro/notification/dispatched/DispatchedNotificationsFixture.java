package org.studiebro.notification.dispatched;

import org.studiebro.plumbing.rebuild.CatchUpTracker;
import org.studiebro.plumbing.viewstore.ViewStore;
import org.studiebro.plumbing.viewstore.ViewStoreProperties;

/** A {@link DispatchedNotifications} on a store of its own in a new temporary directory, for other packages' tests. */
public final class DispatchedNotificationsFixture implements AutoCloseable {

    private final ViewStore store = new ViewStore(new ViewStoreProperties(null));
    private final DispatchedNotifications dispatched = new DispatchedNotifications(store, new CatchUpTracker());

    public DispatchedNotifications dispatched() {
        return dispatched;
    }

    @Override
    public void close() {
        store.close();
    }
}
