# statistics: result types, exact arithmetic, special values, every error message,
# NormalDist in full. Float results are printed with repr so the last bit counts.
import statistics as st
from statistics import StatisticsError, NormalDist
from fractions import Fraction as F


def show(label, thunk):
    try:
        r = thunk()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))


print(sorted(st.__all__))
print(issubclass(StatisticsError, ValueError))

# --- central tendency, types and exactness ---
show("mean ints", lambda: st.mean([1, 2, 3, 4]))
show("mean exact int", lambda: st.mean([1, 2, 3]))
show("mean bools", lambda: st.mean([True, True, False, 3]))
show("mean floats", lambda: st.mean([0.1, 0.2, 0.3, 0.4, 1e16, -1e16]))
show("mean fractions", lambda: st.mean([F(1, 3), F(1, 6), F(2, 7)]))
show("mean mixed F/float", lambda: st.mean([F(1, 2), 0.25]))
show("mean mixed int/F", lambda: st.mean([1, F(1, 2)]))
show("mean big", lambda: st.mean([10**30, 10**30 + 1]))
show("mean iterator", lambda: st.mean(iter(range(10))))
show("mean nan", lambda: st.mean([1.0, float("nan")]))
show("mean inf", lambda: st.mean([1, float("inf"), 2.5]))
show("mean -inf+inf", lambda: st.mean([float("-inf"), float("inf")]))
show("mean empty", lambda: st.mean([]))
show("mean str", lambda: st.mean(["a", "b"]))
show("mean complex", lambda: st.mean([1j]))


class MyFloat(float):
    pass


class MyInt(int):
    pass


show("mean MyFloat", lambda: type(st.mean([MyFloat(1.5), 2.5])).__name__)
show("mean MyInt", lambda: st.mean([MyInt(2), 4]))
show("mean MyInt half", lambda: st.mean([MyInt(2), 3]))
show("fmean", lambda: st.fmean([3.5, 4.0, 5.25]))
show("fmean gen", lambda: st.fmean(x / 7 for x in range(10)))
show("fmean weights", lambda: st.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]))
show("fmean weights iter", lambda: st.fmean([1, 2, 3], iter([3, 2, 1])))
show("fmean empty", lambda: st.fmean([]))
show("fmean weight len", lambda: st.fmean([1, 2], [1]))
show("fmean weight zero", lambda: st.fmean([1, 2], [1, -1]))
show("geometric_mean", lambda: st.geometric_mean([54, 24, 36]))
show("geometric_mean f", lambda: st.geometric_mean([0.5, 8, 2.25, 1e-3]))
show("geometric_mean 0", lambda: st.geometric_mean([0, 1]))
show("geometric_mean neg", lambda: st.geometric_mean([-1, 1]))
show("geometric_mean empty", lambda: st.geometric_mean([]))
show("harmonic int", lambda: st.harmonic_mean([1, 2, 4]))
show("harmonic frac", lambda: st.harmonic_mean([F(1, 2), F(1, 3)]))
show("harmonic one", lambda: st.harmonic_mean([7]))
show("harmonic one float", lambda: st.harmonic_mean([2.5]))
show("harmonic one neg", lambda: st.harmonic_mean([-2]))
show("harmonic one str", lambda: st.harmonic_mean(["x"]))
show("harmonic zero", lambda: st.harmonic_mean([1, 0, 5]))
show("harmonic weights", lambda: st.harmonic_mean([40, 60], weights=[5, 30]))
show("harmonic weights zero", lambda: st.harmonic_mean([40, 0], weights=[5, 0]))
show("harmonic weights gen", lambda: st.harmonic_mean(iter([10, 20]), iter([1, 3])))
show("harmonic weights len", lambda: st.harmonic_mean([1, 2], weights=[1]))
show("harmonic weights neg", lambda: st.harmonic_mean([1, 2], weights=[1, -1]))
show("harmonic neg", lambda: st.harmonic_mean([1, -2]))
show("harmonic empty", lambda: st.harmonic_mean([]))
show("harmonic all zero weights", lambda: st.harmonic_mean([1, 2], weights=[0, 0]))
show("median odd", lambda: st.median([5, 1, 3]))
show("median even", lambda: st.median([5, 1, 3, 2]))
show("median even ints exact", lambda: st.median([1, 3, 5, 7]))
show("median frac", lambda: st.median([F(1, 2), F(1, 3)]))
show("median strs", lambda: st.median(["b", "a", "c"]))
show("median empty", lambda: st.median([]))
show("median_low", lambda: (st.median_low([1, 3, 5, 7]), st.median_low([1, 3, 5])))
show("median_high", lambda: (st.median_high([1, 3, 5, 7]), st.median_high([1, 3, 5])))
show("median_low empty", lambda: st.median_low(()))
show("median_high empty", lambda: st.median_high(()))
show("median_grouped 1", lambda: st.median_grouped([5]))
show("median_grouped", lambda: st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
show("median_grouped interval", lambda: st.median_grouped([1, 3, 3, 5, 7], interval=2))
show("median_grouped floats", lambda: st.median_grouped([1.5, 2.5, 2.5, 3.25], 0.5))
show("median_grouped str", lambda: st.median_grouped(["a", "b"]))
show("median_grouped str interval", lambda: st.median_grouped([1, 2], "x"))
show("median_grouped empty", lambda: st.median_grouped([]))
show("mode", lambda: st.mode([1, 1, 2, 3, 3, 3, 3, 4]))
show("mode first", lambda: st.mode("aabbbcccd"))
show("mode nominal", lambda: st.mode(["red", "blue", "red"]))
show("mode empty", lambda: st.mode([]))
show("multimode", lambda: st.multimode("aabbbbccddddeeffffgg"))
show("multimode empty", lambda: st.multimode([]))

# --- spread ---
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
show("variance", lambda: st.variance(data))
show("variance ints", lambda: st.variance([1, 2, 3, 4, 5]))
show("variance ints exact", lambda: st.variance([1, 3, 5]))
show("variance frac", lambda: st.variance([F(1, 6), F(1, 2), F(5, 3)]))
show("variance xbar", lambda: st.variance(data, 1.6))
show("variance xbar int", lambda: st.variance([1, 2, 3, 4], 2.5))
show("variance nan", lambda: st.variance([1.0, float("nan"), 2.0]))
show("variance 1", lambda: st.variance([1]))
show("pvariance", lambda: st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
show("pvariance mu", lambda: st.pvariance([1, 2, 3], mu=2))
show("pvariance frac", lambda: st.pvariance([F(1, 4), F(5, 4), F(1, 2)]))
show("pvariance 1", lambda: st.pvariance([4]))
show("pvariance empty", lambda: st.pvariance([]))
show("stdev", lambda: st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
show("stdev ints", lambda: st.stdev([1, 2, 3, 4, 5, 6, 7]))
show("stdev big", lambda: st.stdev([10**20, 10**20 + 3, 10**20 + 7]))
show("stdev tiny", lambda: st.stdev([1e-200, 3e-200, 2e-200]))
show("stdev frac", lambda: st.stdev([F(1, 3), F(1, 2), 2], F(1, 2)))
show("stdev xbar", lambda: st.stdev([1, 2, 4], 2))
show("stdev const", lambda: st.stdev([3, 3, 3]))
show("stdev 1", lambda: st.stdev([3]))
show("stdev nan", lambda: st.stdev([1.0, float("nan")]))
show("pstdev", lambda: st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
show("pstdev 1", lambda: st.pstdev([2]))
show("pstdev empty", lambda: st.pstdev([]))
show("pstdev mu", lambda: st.pstdev([1, 2, 3, 4], 2.5))
for k in range(2, 9):
    print(k, repr(st.stdev([1 / k * i for i in range(k)])), repr(st.pvariance(range(k * 3))))

# --- quantiles ---
show("quantiles", lambda: st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))
show("quantiles n=3", lambda: st.quantiles([1.5, 2, 9], n=3))
show("quantiles n=1", lambda: st.quantiles([1, 2], n=1))
show("quantiles n=7", lambda: st.quantiles(range(20), n=7))
show("quantiles incl", lambda: st.quantiles([1, 2, 3, 4, 5], n=6, method="inclusive"))
show("quantiles 2 pts", lambda: st.quantiles([10, 20], n=5))
show("quantiles frac", lambda: st.quantiles([F(1, 2), F(3, 2), F(5, 2)], n=4))
show("quantiles bad n", lambda: st.quantiles([1, 2, 3], n=0))
show("quantiles 1 pt", lambda: st.quantiles([1], n=3))
show("quantiles method", lambda: st.quantiles([1, 2, 3], method="median"))

# --- two variables ---
xs = [1, 2, 3, 4, 5, 6, 7, 8, 9]
ys = [1, 2, 3, 1, 2, 3, 1, 2, 3]
show("covariance", lambda: st.covariance(xs, ys))
show("covariance float", lambda: st.covariance([0.1, 0.7, 0.3], [1.5, -2.0, 4.25]))
show("covariance len", lambda: st.covariance([1, 2], [1]))
show("covariance short", lambda: st.covariance([1], [1]))
show("correlation", lambda: st.correlation(xs, ys))
show("correlation neg", lambda: st.correlation(xs, xs[::-1]))
show("correlation const", lambda: st.correlation([1, 1, 1], [1, 2, 3]))
show("correlation len", lambda: st.correlation([1, 2], [1]))
show("correlation short", lambda: st.correlation([1], [1]))
show("linear_regression", lambda: st.linear_regression([1, 2, 3, 4, 5], [3.1, 5.2, 6.8, 9.1, 11.0]))
show("linear_regression prop", lambda: st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
show("linear_regression const", lambda: st.linear_regression([2, 2, 2], [1, 2, 3]))
show("linear_regression len", lambda: st.linear_regression([1, 2], [1]))
show("linear_regression short", lambda: st.linear_regression([1], [1]))
lr = st.linear_regression(xs, ys)
print(type(lr).__name__, lr._fields, lr.slope == lr[0])

# --- NormalDist ---
nd = NormalDist(100, 15)
print(nd, repr(NormalDist()), NormalDist(mu=2, sigma=0.5))
print(nd.mean, nd.median, nd.mode, nd.stdev, nd.variance, type(NormalDist(1, 2).mean).__name__)
for x in (55, 85, 100, 100.5, 130, 180):
    print(x, repr(nd.pdf(x)), repr(nd.cdf(x)), repr(nd.zscore(x)))
for p in (1e-300, 1e-12, 0.001, 0.02425, 0.05, 0.3, 0.5, 0.574, 0.925, 0.97575, 0.999, 1 - 1e-12):
    print(p, repr(nd.inv_cdf(p)), repr(NormalDist().inv_cdf(p)))
print(nd.quantiles(), [round(q, 6) for q in nd.quantiles(10)])
print(repr(nd.overlap(NormalDist(110, 10))), repr(NormalDist(110, 10).overlap(nd)), repr(nd.overlap(NormalDist(120, 15))), nd.overlap(nd))
print(nd + 5, 5 + nd, nd - 5, 5 - nd, nd * 2, 2 * nd, nd / 2, -nd, +nd)
print(nd + NormalDist(3, 4), nd - NormalDist(3, 4), nd * -2, nd / -4)
print(nd == NormalDist(100, 15), nd == NormalDist(100, 16), nd == 100, nd != 3, hash(nd) == hash(NormalDist(100.0, 15.0)))
print(NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), NormalDist.from_samples(iter([1, 2, 3, 4.5])))
print(NormalDist.from_samples([1, 2, 3, 4]), NormalDist.from_samples((F(1, 2), F(3, 2), 2)))
print([repr(v) for v in NormalDist(10, 2).samples(4, seed=7)], len(nd.samples(0)))
print(repr(NormalDist(0, 0)), NormalDist(3, 0).mean)
z = NormalDist(1, 0)
for name, thunk in [("pdf0", lambda: z.pdf(1)), ("cdf0", lambda: z.cdf(1)), ("inv_cdf0", lambda: z.inv_cdf(0.5)),
                    ("zscore0", lambda: z.zscore(1)), ("overlap0", lambda: z.overlap(nd)),
                    ("inv_cdf p0", lambda: nd.inv_cdf(0)), ("inv_cdf p1", lambda: nd.inv_cdf(1.0)),
                    ("neg sigma", lambda: NormalDist(0, -1)), ("overlap type", lambda: nd.overlap(3)),
                    ("from_samples 1", lambda: NormalDist.from_samples([1])),
                    ("add str", lambda: nd + "x"), ("quantiles 0", lambda: nd.quantiles(0))]:
    show(name, thunk)
print(sorted(NormalDist.__slots__), nd.__getstate__())
