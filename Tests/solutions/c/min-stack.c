typedef struct {
    int* vals;
    int* mins;
    int size;
    int capacity;
} MinStack;


MinStack* minStackCreate() {
    MinStack* obj = malloc(sizeof(MinStack));
    obj->capacity = 16;
    obj->size = 0;
    obj->vals = malloc(obj->capacity * sizeof(int));
    obj->mins = malloc(obj->capacity * sizeof(int));
    return obj;
}

void minStackPush(MinStack* obj, int val) {
    if (obj->size == obj->capacity) {
        obj->capacity *= 2;
        obj->vals = realloc(obj->vals, obj->capacity * sizeof(int));
        obj->mins = realloc(obj->mins, obj->capacity * sizeof(int));
    }
    int m = obj->size && obj->mins[obj->size - 1] < val ? obj->mins[obj->size - 1] : val;
    obj->vals[obj->size] = val;
    obj->mins[obj->size] = m;
    obj->size++;
}

void minStackPop(MinStack* obj) {
    obj->size--;
}

int minStackTop(MinStack* obj) {
    return obj->vals[obj->size - 1];
}

int minStackGetMin(MinStack* obj) {
    return obj->mins[obj->size - 1];
}

void minStackFree(MinStack* obj) {
    free(obj->vals);
    free(obj->mins);
    free(obj);
}

/**
 * Your MinStack struct will be instantiated and called as such:
 * MinStack* obj = minStackCreate();
 * minStackPush(obj, val);
 
 * minStackPop(obj);
 
 * int param_3 = minStackTop(obj);
 
 * int param_4 = minStackGetMin(obj);
 
 * minStackFree(obj);
*/
