# The event loop's own API: new_event_loop, run_until_complete,
# run_forever/stop, call_soon/call_later/call_at, handles, exception
# handlers, get_event_loop and set_event_loop.
import asyncio

loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed(), loop.get_debug())
events = []

loop.call_soon(events.append, "soon 1")
loop.call_soon(events.append, "soon 2")
h = loop.call_soon(events.append, "cancelled")
h.cancel()
print(h.cancelled())
now = loop.time()
loop.call_later(0.02, events.append, "later 0.02")
loop.call_at(now + 0.01, events.append, "at +0.01")
t = loop.call_later(0.015, events.append, "cancelled timer")
t.cancel()
loop.call_later(0.03, loop.stop)
loop.run_forever()
print(events)


async def answer():
    await asyncio.sleep(0)
    print("running:", asyncio.get_running_loop() is loop, loop.is_running())
    return 42


print(loop.run_until_complete(answer()))
fut = loop.create_future()
loop.call_soon(fut.set_result, "from a future")
print(loop.run_until_complete(fut))
task = loop.create_task(answer())
print(loop.run_until_complete(task), task.done())


def handler(lp, context):
    print("handler got:", context["message"].startswith("Exception in callback"), repr(context.get("exception")))


loop.set_exception_handler(handler)
loop.call_soon(lambda: 1 / 0)
loop.call_soon(loop.stop)
loop.run_forever()
print(loop.get_exception_handler() is handler)


async def boom():
    raise RuntimeError("in task")


def done_cb(f):
    print("callback sees", repr(f.exception()))


t = loop.create_task(boom())
t.add_done_callback(done_cb)
try:
    loop.run_until_complete(t)
except RuntimeError as e:
    print("run_until_complete raised", e)
try:
    loop.run_until_complete(loop.create_future()) if False else loop.stop()
except RuntimeError as e:
    print(e)
loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(answer())
except RuntimeError as e:
    print(e)

print("== get_event_loop")
asyncio.set_event_loop(asyncio.new_event_loop())
current = asyncio.get_event_loop()
print(current is asyncio.get_event_loop(), current.run_until_complete(answer()))
current.close()
