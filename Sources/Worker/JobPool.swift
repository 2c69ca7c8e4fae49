import Foundation
import Judge
import Logging
import Metrics
import Model
import Sandbox
import ServiceLifecycle
import Store

/// Hands jobs to free slots until a drain: first this worker's own unacknowledged jobs (after a
/// restart), then jobs of workers that went silent past their lease, then new ones. Keeps the
/// lease of the jobs in flight alive.
///
/// A drain (the Drain call, or the daemon's graceful shutdown) stops taking jobs; `run` returns
/// once the jobs in flight are finished.
struct JobPool: Service {
    let config: WorkerConfig
    let state: WorkerState
    let slots: [Slot]
    let queue: JobQueue
    let runs: RunStore
    let judge: JudgeRun
    let logger: Logger

    func run() async {
        await withGracefulShutdownHandler {
            await dispatch()
        } onGracefulShutdown: {
            Task { await state.drain() }
        }
    }

    func dispatch() async {
        let inFlight = InFlight()
        let keeper = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .milliseconds(config.leaseMs / 3))
                try? await queue.keepAlive(await inFlight.jobs)
            }
        }
        defer { keeper.cancel() }
        let (free, freed) = AsyncStream<Int>.makeStream()
        slots.indices.forEach { freed.yield($0) }
        var backlog = (try? await queue.ownPending()) ?? []
        if !backlog.isEmpty { logger.info("resuming \(backlog.count) jobs of an earlier run") }
        var lastReclaim = ContinuousClock.now - .seconds(60)
        await withDiscardingTaskGroup { group in
            var slotsFree = free.makeAsyncIterator()
            dispatch: while await !state.draining {
                guard let index = await slotsFree.next() else { break }
                var job: JobQueue.Job?
                while job == nil {
                    if await state.draining {
                        freed.yield(index)
                        break dispatch
                    }
                    if !backlog.isEmpty {
                        job = backlog.removeFirst()
                    } else if ContinuousClock.now - lastReclaim > .seconds(1) {
                        lastReclaim = ContinuousClock.now
                        backlog = (try? await queue.reclaim(minIdleMs: config.leaseMs, count: slots.count)) ?? []
                        if !backlog.isEmpty { logger.warning("took over \(backlog.count) jobs whose worker went silent") }
                    } else {
                        do {
                            job = try await queue.next(count: 1, blockMs: 1000).first
                        } catch {
                            logger.warning("cannot read jobs: \(error)")
                            try? await Task.sleep(for: .seconds(1))
                        }
                    }
                }
                guard let job else { continue }
                await inFlight.add(job)
                group.addTask {
                    await process(job, slot: slots[index])
                    await inFlight.remove(job)
                    freed.yield(index)
                }
            }
        }
        freed.finish()
    }

    func process(_ job: JobQueue.Job, slot: Slot) async {
        let started = ContinuousClock.now
        var log = logger
        log[metadataKey: "run_id"] = "\(job.runID)"
        await state.started()
        let inFlightGauge = Meter(label: "clonecode_jobs_in_flight")
        inFlightGauge.increment()
        defer {
            inFlightGauge.decrement()
            Task { await state.finished() }
        }
        do {
            guard var run = try await runs.get(job.runID), run.status != .finished else {
                try await queue.drop(job)
                return
            }
            log[metadataKey: "question"] = "\(run.question)"
            log[metadataKey: "language"] = "\(run.language.rawValue)"
            let deliveries = try await queue.deliveries(job)
            let outcome: Outcome
            if deliveries > config.maxDeliveries {
                outcome = Outcome(verdict: .internalError, message: "judging failed \(deliveries - 1) times; giving up")
            } else {
                log.info("judging", metadata: ["attempt": "\(deliveries)"])
                run.status = .running
                run.startedAtMs = Int64(Date().timeIntervalSince1970 * 1000)
                run.worker = config.id
                run.attempts = deliveries
                try await runs.update(run, [.status, .startedAtMs, .worker, .attempts])
                let running = run
                outcome = await judgeWithRetries(run, slot: slot, log: log) { [runs] done, total in
                    // Live progress for watchers, "Running test k of n", from the runner's reports
                    // (at most 4 a second; a fast run finishes before its first).
                    guard done > 0 else { return }
                    var progress = running
                    progress.total = total
                    progress.currentTest = min(total, done + 1)
                    _ = try? await runs.update(progress, [.total, .currentTest])
                }
            }
            run.status = .finished
            run.record(outcome)
            run.worker = config.id
            run.attempts = deliveries
            run.finishedAtMs = Int64(Date().timeIntervalSince1970 * 1000)
            try await runs.finish(run, entryID: job.entryID)
            let elapsed = ContinuousClock.now - started
            Self.report(run, outcome: outcome, judgedIn: elapsed)
            let ms = elapsed.components
            log.info("run judged", metadata: [
                "verdict": "\(outcome.verdict.rawValue)", "duration_ms": "\(ms.seconds * 1000 + ms.attoseconds / 1_000_000_000_000_000)",
                "passed": "\(outcome.passed)/\(outcome.total)",
            ])
        } catch {
            // Left unacknowledged: judged again after the lease (here or by another worker).
            log.error("cannot judge: \(error)")
        }
    }

    /// Metrics of a finished run: its verdict, how long judging took, and how long since it was submitted.
    static func report(_ run: Run, outcome: Outcome, judgedIn elapsed: Duration) {
        let language = run.language.rawValue
        Counter(label: "clonecode_verdicts_total", dimensions: [("language", language), ("verdict", outcome.verdict.rawValue)]).increment()
        Metrics.Timer(label: "clonecode_judge_duration_seconds", dimensions: [("language", language)])
            .recordNanoseconds(Int64(elapsed / .nanoseconds(1)))
        if run.createdAtMs > 0, run.finishedAtMs >= run.createdAtMs {
            Metrics.Timer(label: "clonecode_submit_to_verdict_seconds", dimensions: [("mode", run.mode.rawValue)])
                .recordMilliseconds(run.finishedAtMs - run.createdAtMs)
        }
    }

    /// Tries again in a fresh container when the sandbox itself failed; an Internal Error after that.
    func judgeWithRetries(_ run: Run, slot: Slot, log: Logger,
                          progress: @escaping @Sendable (Int, Int) async -> Void) async -> Outcome {
        var failures: [String] = []
        while failures.count < config.maxDeliveries {
            do {
                return try await judge.judge(run, in: slot, progress: progress)
            } catch {
                failures.append("\(error)")
                log.warning("the sandbox failed, trying again: \(error)")
            }
        }
        return Outcome(verdict: .internalError, message: "the sandbox failed: " + (failures.last ?? ""))
    }
}

/// The jobs being judged, whose lease must be kept alive.
actor InFlight {
    private(set) var jobs: [JobQueue.Job] = []
    func add(_ job: JobQueue.Job) { jobs.append(job) }
    func remove(_ job: JobQueue.Job) { jobs.removeAll { $0 == job } }
}
