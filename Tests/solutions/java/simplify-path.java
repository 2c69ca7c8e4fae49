class Solution {
    public String simplifyPath(String path) {
        Deque<String> stack = new ArrayDeque<>();
        for (String name : path.split("/")) {
            if (name.equals("..")) {
                if (!stack.isEmpty()) stack.pollLast();
            } else if (!name.isEmpty() && !name.equals(".")) {
                stack.addLast(name);
            }
        }
        if (stack.isEmpty()) return "/";
        StringBuilder out = new StringBuilder();
        for (String s : stack) out.append('/').append(s);
        return out.toString();
    }
}
