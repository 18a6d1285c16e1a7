# signal: handlers set by signal.signal run where the signal arrives (raise_signal
# makes that deterministic); the default SIGINT handler raises KeyboardInterrupt.
import signal

print(signal.SIGINT, signal.SIGTERM, signal.SIG_DFL == 0, signal.SIG_IGN == 1)
# SIGINT starts as default_int_handler, or ignored when the shell started us in the
# background (as CPython does); install the default handler so the rest does not depend on it.
print(signal.getsignal(signal.SIGINT) in (signal.default_int_handler, signal.SIG_IGN))
signal.signal(signal.SIGINT, signal.default_int_handler)
print(signal.getsignal(signal.SIGTERM) == signal.SIG_DFL)

# The default SIGINT handler raises KeyboardInterrupt.
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))

try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print("default_int_handler raises")

# A Python handler runs with the signal number.
seen = []
def handler(signum, frame):
    seen.append(signum)

old = signal.signal(signal.SIGTERM, handler)
print(old == signal.SIG_DFL, signal.getsignal(signal.SIGTERM) is handler)
signal.raise_signal(signal.SIGTERM)
signal.raise_signal(signal.SIGTERM)
print("seen", seen)

# A handler's exception propagates from where the signal arrived.
class Stop(Exception):
    pass

def stopper(signum, frame):
    raise Stop(signum)

signal.signal(signal.SIGINT, stopper)
try:
    signal.raise_signal(signal.SIGINT)
except Stop as e:
    print("Stop", e.args)

# Ignored signals do nothing.
print(signal.signal(signal.SIGINT, signal.SIG_IGN) is stopper)
signal.raise_signal(signal.SIGINT)
print("ignored", signal.getsignal(signal.SIGINT) == signal.SIG_IGN)
print(signal.signal(signal.SIGINT, signal.default_int_handler) == signal.SIG_IGN)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("default again")

for bad in [(99, signal.SIG_DFL), (2, 5), (9, signal.SIG_IGN)]:
    try:
        signal.signal(*bad)
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
try:
    signal.getsignal(0)
except ValueError as e:
    print(e)

print("end")
