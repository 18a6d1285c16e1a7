import statistics
from statistics import mean, fmean, median, median_low, median_high, mode, stdev, pstdev, variance, pvariance, StatisticsError

print(mean([1.1, 2.2, 3.3]), mean([1, 2, 3, 4, 4]), mean([1, 2, 3]), mean([0.1] * 10))
print(mean([1, 2.5]), mean([1e50, 1, -1e50] * 3), mean(range(1, 11)), mean([True, False, True]))
print(fmean([1.1, 2.2, 3.3]), fmean([3.5, 4.0, 5.25]), fmean(iter([1, 2, 3, 4])), fmean([1, 2], weights=[3, 1]))
print(median([1, 3, 5]), median([1, 3, 5, 7]), median([5, 1, 2.5, 4]), median_low([1, 3, 5, 7]), median_high([1, 3, 5, 7]))
print(median(["b", "a", "c"]), median_low([3, 1]), median_high([3]))
print(mode([1, 1, 2, 3, 3, 3, 3, 4]), mode(["red", "blue", "blue", "red", "green", "red", "red"]), mode(["a", "b"]))
print(stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(stdev([1, 2, 3, 4]), pstdev([1, 2, 3, 4]), stdev([2, 4, 4, 4, 5, 5, 7, 9]), pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
print(variance([1, 2, 3, 4]), variance([1, 3, 5]), pvariance([1, 2, 3, 4]), pvariance([1, 2, 3]))
print(variance([0.1, 0.2, 0.3]), stdev([0.1, 0.2, 0.3]), pvariance([1.1, 2.2, 3.3]), pstdev([1.1, 2.2, 3.3]))
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
m = mean(data)
print(m, variance(data, m), stdev(data, m), pvariance(data, m))
print(statistics.multimode("aabbbbccddddeeffffgg"), statistics.multimode([]))
scores = [88, 92, 79, 93, 85, 91, 77, 84]
print(mean(scores), median(scores), round(stdev(scores), 6), pvariance(scores))
temps = [21.5, 22.1, 19.8, 23.4, 20.0, 21.7]
print(mean(temps), stdev(temps), variance(temps), pstdev(temps))
for fn, arg in [(mean, []), (median, []), (mode, []), (stdev, [1]), (variance, [2.0]), (pvariance, []), (pstdev, []), (fmean, [])]:
    try:
        fn(arg)
    except StatisticsError as e:
        print(fn.__name__, "StatisticsError:", e)
print(issubclass(StatisticsError, ValueError))
print(mean([float("inf"), 1.0]), stdev([1, 1, 1]), variance([5, 5]))
