package org.studiebro.notification.dispatched;

/** A {@link DispatchedNotifications} on a store of its own in a new temporary directory, for other packages' tests. */
public final class DispatchedNotificationsFixture implements AutoCloseable {

    private final DispatchedStore store = new DispatchedStore(new DispatchedViewProperties(null));
    private final DispatchedNotifications dispatched = new DispatchedNotifications(store);

    public DispatchedNotifications dispatched() {
        return dispatched;
    }

    @Override
    public void close() {
        store.close();
    }
}
