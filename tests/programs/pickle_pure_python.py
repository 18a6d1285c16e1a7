# With sys.modules['_pickle'] set to None before the first import of pickle (as
# pure-Python test runs do), pickle's Pickler and Unpickler are the Python classes
# of the pickle module itself; they round-trip the same data.
import sys

sys.modules["_pickle"] = None
import pickle

print(pickle.Pickler.__module__, pickle.Unpickler.__module__, pickle.PickleError.__module__)
data = {"ints": list(range(5)), "nested": [(1, 2.5), {"k": b"v"}], "text": "héllo"}
for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
    blob = pickle.dumps(data, protocol)
    assert pickle.loads(blob) == data
print(pickle.loads(pickle.dumps(data)) == data)
