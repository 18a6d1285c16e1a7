from statistics import *
import statistics
print(harmonic_mean([40, 60]), harmonic_mean([40, 60], weights=[5, 30]), harmonic_mean([2.5, 3, 10]), harmonic_mean([5]), harmonic_mean([1, 0, 3]))
print(geometric_mean([54, 24, 36]), median_grouped([52, 52, 53, 54]), median_grouped([1, 3, 3, 5, 7], interval=2))
print(quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(quantiles([1, 2, 3, 4, 5], method='inclusive'), quantiles([1.5, 2, 9], n=3))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]; y = [1, 2, 3, 1, 2, 3, 1, 2, 3]; z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(covariance(x, y), covariance(x, z), correlation(x, x), correlation(x, z), correlation(x, y))
lr = linear_regression([1, 2, 3, 4, 5], [3.1, 5.2, 6.8, 9.1, 11.0]); print(lr, lr.slope)
print(linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
nd = NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, nd.cdf(130), nd.pdf(100), nd.inv_cdf(0.975), nd.quantiles())
print(nd.overlap(NormalDist(110, 10)), nd.zscore(85), NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
print(nd + 5, nd * 2, nd == NormalDist(100, 15), NormalDist(1, 2) + NormalDist(3, 4))
print(len(nd.samples(5, seed=1)), [round(v, 9) for v in NormalDist().samples(3, seed=42)])
for bad in [lambda: harmonic_mean([-1, 2]), lambda: quantiles([1]), lambda: correlation([1, 1], [2, 3]), lambda: NormalDist(0, -1), lambda: covariance([1], [1, 2])]:
    try: bad()
    except StatisticsError as e: print("StatisticsError:", e)
