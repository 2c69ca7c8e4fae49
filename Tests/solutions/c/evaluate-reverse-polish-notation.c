int evalRPN(char** tokens, int tokensSize) {
    int* stack = malloc(tokensSize * sizeof(int));
    int top = 0;
    for (int i = 0; i < tokensSize; i++) {
        char* t = tokens[i];
        if (strlen(t) == 1 && strchr("+-*/", t[0])) {
            int b = stack[--top], a = stack[--top];
            switch (t[0]) {
                case '+': stack[top++] = a + b; break;
                case '-': stack[top++] = a - b; break;
                case '*': stack[top++] = a * b; break;
                default: stack[top++] = a / b;
            }
        } else {
            stack[top++] = atoi(t);
        }
    }
    int result = stack[0];
    free(stack);
    return result;
}
