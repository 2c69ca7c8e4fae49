class Solution:
    def fourSum(self, nums: List[int], target: int) -> List[List[int]]:
        nums = sorted(nums)
        n = len(nums)
        out = []
        for i in range(n - 3):
            if i > 0 and nums[i] == nums[i - 1]:
                continue
            for j in range(i + 1, n - 2):
                if j > i + 1 and nums[j] == nums[j - 1]:
                    continue
                low, high = j + 1, n - 1
                need = target - nums[i] - nums[j]
                while low < high:
                    total = nums[low] + nums[high]
                    if total < need:
                        low += 1
                    elif total > need:
                        high -= 1
                    else:
                        out.append([nums[i], nums[j], nums[low], nums[high]])
                        while low < high and nums[low] == nums[low + 1]:
                            low += 1
                        while low < high and nums[high] == nums[high - 1]:
                            high -= 1
                        low += 1
                        high -= 1
        return out


def tests(rng):
    big = 10**9
    out = [
        [[0], 0],
        [[1, 2, 3], 6],
        [[0, 0, 0, 0], 0],
        [[0, 0, 0, 0], 1],
        [[1, 0, -1, 0, -2, 2], 0],
        [[2, 2, 2, 2, 2], 8],
        [[big, big, big, big], -294967296],            # the sum wraps to the target in 32 bits
        [[-big, -big, -big, -big], 294967296],
        [[big, big, big, big], big],
        [[-big, -big, -big, -big], -big],
        [[big, big, -big, -big, 0, 0], 0],
        [[big, big, big, -big, -2, 2], big],
        [[-big, -big, -big, big, 1, -1], -big],
        [[-3, -2, -1, 0, 0, 1, 2, 3], 0],
        [[1, -2, -5, -4, -3, 3, 3, 5], -11],
        [[-2, -1, -1, 1, 1, 2, 2], 0],
    ]
    for _ in range(10):
        n = rng.randint(4, 40)
        out.append([[rng.randint(-10, 10) for _ in range(n)], rng.randint(-8, 8)])
    for _ in range(4):
        n = rng.randint(50, 150)
        out.append([[rng.randint(-big, big) for _ in range(n)], rng.randint(-big, big)])
    out.append([[rng.randint(-30, 30) for _ in range(200)], rng.randint(-5, 5)])
    out.append([[rng.randint(-3000, 3000) for _ in range(200)], 0])
    out.append([[rng.randint(-big, big) for _ in range(200)], rng.randint(-big, big)])
    out.append([[2] * 200, 8])
    out.append([[rng.choice([-big, big, 0, 1, -1]) for _ in range(200)], 0])
    out.append([[rng.choice([big // 2, big // 4, -big // 4, big]) for _ in range(200)], big])
    values = [rng.randint(-big // 4, big // 4) for _ in range(199)]
    out.append([values + [big - 1], sum(values[:3]) + big - 1 if sum(values[:3]) + big - 1 <= big else 0])
    return out
