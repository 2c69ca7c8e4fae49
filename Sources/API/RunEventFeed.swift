package import ServiceLifecycle
package import Store

/// Feeds run-change notices from the MetadataDB's pub/sub channel to the watchers' hub, until the
/// daemon stops (after the RPC server: watchers are served until the drain ends them).
package struct RunEventFeed: Service {
    let subscriber: RedisSubscriber
    let hub: RunWatchHub

    package init(subscriber: RedisSubscriber, hub: RunWatchHub) {
        self.subscriber = subscriber
        self.hub = hub
    }

    package func run() async {
        subscriber.start()
        defer { subscriber.stop() }
        await cancelWhenGracefulShutdown {
            for await event in subscriber.events {
                switch event {
                case .message(_, let notice): await hub.changed(notice)
                case .resubscribed: await hub.changedAll()
                }
            }
        }
    }
}
