# subprocess as scripts use it: run with captured output, check_output, shell
# commands, pipes through communicate, exit statuses and errors, cwd and env,
# and a child Python (sys.executable) writing to the inherited stdout in order.
import subprocess, sys
r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(r.returncode, r.stdout, r.stderr)
print(subprocess.check_output(["printf", "a\\nb\\n"], text=True).splitlines())
print(subprocess.run("exit 3", shell=True).returncode)
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b"piped data")
print(out, err, p.returncode)
print(subprocess.call(["true"]), subprocess.call(["false"]))
try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e, e.returncode)
try:
    subprocess.run(["/nonexistent/prog"])
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename)
try:
    subprocess.run(["no-such-program-xyz"])
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
r = subprocess.run(["sh", "-c", "echo out; echo err 1>&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
print(repr(r.stdout))
print(subprocess.run(["pwd"], cwd="/tmp", capture_output=True, text=True).stdout.strip())
print(subprocess.run(["sh", "-c", "echo $FOO"], env={"FOO": "bar", "PATH": "/usr/bin:/bin"}, capture_output=True).stdout)
print(subprocess.getoutput("echo  spaced"), subprocess.getstatusoutput("exit 2"))
print(subprocess.run(["true"], stdout=subprocess.DEVNULL))
print("before child", flush=False)
subprocess.run([sys.executable, "-c", "print('child says', 6 * 7)"])
print("after child")
r = subprocess.run([sys.executable, "-c", "import sys; data = sys.stdin.read(); print(data.upper()); sys.exit(4)"],
                   input="lower case\n", capture_output=True, text=True)
print(r.returncode, repr(r.stdout))
