/// The version a runner announces; a worker refuses runners of another version.
public enum RunnerVersion {
    public static let current = "clonecode-runner/4"
}
