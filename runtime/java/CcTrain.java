import java.util.*;

/**
 * A Java submission's run, played once as the image is built (setup.sh) so that the classes it
 * loads (the driver's support, the JDK's collections, lambdas and reflection) go into the run's
 * class-data archive, run.jsa: every judged Java program then starts with them loaded and verified.
 * Shaped like a generated driver (templates/Solution.java) calling a two-sum solution.
 */
final class CcTrain {
    private CcTrain() {}

    public static void main(String[] argv) throws Exception {
        CcJudge.main(argv[0], new CcJudge.Test() { public String run(List<Object> args) throws Throwable {
            int[] a0 = CcJudge.intArray(args.get(0));
            int a1 = CcJudge.i(args.get(1));
            return CcJudge.encode(new Solution().twoSum(a0, a1));
        } });
    }

    static final class Solution {
        public int[] twoSum(int[] nums, int target) {
            Map<Integer, Integer> seen = new HashMap<>();
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < nums.length; i++) {
                Integer j = seen.get(target - nums[i]);
                if (j != null) return new int[] {j, i};
                seen.put(nums[i], i);
                order.add(nums[i]);
            }
            Collections.sort(order);
            return Arrays.stream(nums).filter(x -> x < 0).toArray();
        }
    }
}
