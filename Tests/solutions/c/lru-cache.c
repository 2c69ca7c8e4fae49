typedef struct Entry {
    int key;
    int value;
    struct Entry* prev;
    struct Entry* next;
    UT_hash_handle hh;
} Entry;

typedef struct {
    int capacity;
    int size;
    Entry* table;
    Entry head;  /* most recent after head, least recent before it */
} LRUCache;

static void unlinkEntry(Entry* e) {
    e->prev->next = e->next;
    e->next->prev = e->prev;
}

static void pushFront(LRUCache* obj, Entry* e) {
    e->next = obj->head.next;
    e->prev = &obj->head;
    obj->head.next->prev = e;
    obj->head.next = e;
}

LRUCache* lRUCacheCreate(int capacity) {
    LRUCache* obj = calloc(1, sizeof(LRUCache));
    obj->capacity = capacity;
    obj->head.next = obj->head.prev = &obj->head;
    return obj;
}

int lRUCacheGet(LRUCache* obj, int key) {
    Entry* e;
    HASH_FIND_INT(obj->table, &key, e);
    if (!e) return -1;
    unlinkEntry(e);
    pushFront(obj, e);
    return e->value;
}

void lRUCachePut(LRUCache* obj, int key, int value) {
    Entry* e;
    HASH_FIND_INT(obj->table, &key, e);
    if (e) {
        e->value = value;
        unlinkEntry(e);
        pushFront(obj, e);
        return;
    }
    if (obj->size == obj->capacity) {
        Entry* old = obj->head.prev;
        unlinkEntry(old);
        HASH_DEL(obj->table, old);
        free(old);
        obj->size--;
    }
    e = malloc(sizeof(Entry));
    e->key = key;
    e->value = value;
    HASH_ADD_INT(obj->table, key, e);
    pushFront(obj, e);
    obj->size++;
}

void lRUCacheFree(LRUCache* obj) {
    Entry *e, *tmp;
    HASH_ITER(hh, obj->table, e, tmp) {
        HASH_DEL(obj->table, e);
        free(e);
    }
    free(obj);
}

/**
 * Your LRUCache struct will be instantiated and called as such:
 * LRUCache* obj = lRUCacheCreate(capacity);
 * int param_1 = lRUCacheGet(obj, key);
 
 * lRUCachePut(obj, key, value);
 
 * lRUCacheFree(obj);
*/
