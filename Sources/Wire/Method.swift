/// The full names of the protocol's methods, "<package>.<Service>/<Method>".
public enum Method {
    public enum Questions {
        public static let list = "clonecode.v1.Questions/List"
        public static let get = "clonecode.v1.Questions/Get"
        public static let put = "clonecode.v1.Questions/Put"
        public static let delete = "clonecode.v1.Questions/Delete"
    }

    public enum Judge {
        public static let submit = "clonecode.v1.Judge/Submit"
        public static let getRun = "clonecode.v1.Judge/GetRun"
        public static let watchRun = "clonecode.v1.Judge/WatchRun"
        public static let listRuns = "clonecode.v1.Judge/ListRuns"
    }

    public enum Fleet {
        public static let listWorkers = "clonecode.v1.Fleet/ListWorkers"
        public static let queueStats = "clonecode.v1.Fleet/QueueStats"
    }

    public enum Worker {
        public static let status = "clonecode.v1.Worker/Status"
        public static let drain = "clonecode.v1.Worker/Drain"
    }

    public enum Health {
        public static let check = "clonecode.v1.Health/Check"
    }
}
