"""A solver that breaks the protocol in the way its first argument names; it writes its pid to the file in its second."""
import json
import os
import sys
import time

mode, pid_file = sys.argv[1], sys.argv[2]
with open(pid_file, "w") as f:
    f.write(str(os.getpid()))


def send(line):
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


if mode == "no-hello":
    send('{"type":"grad"}')
    sys.stdin.readline()
    time.sleep(60)
send('{"type":"hello","protocol":%d}' % (2 if mode == "protocol-2" else 1))
problem = json.loads(sys.stdin.readline())
d = problem["dimension"]
x = [0.25] * d
if mode == "malformed":
    send('{"type":"grad","x":[0.25,')
elif mode == "unknown":
    send(json.dumps({"type": "gradient_please", "x": x}))
elif mode == "wrong-length":
    send(json.dumps({"type": "grad", "x": x + [1.0]}))
elif mode == "nan":
    send(json.dumps({"type": "grad", "x": x[:-1] + [float("nan")]}))
elif mode == "string-in-point":
    send(json.dumps({"type": "grad", "x": x[:-1] + ["NaN"]}))
elif mode == "long-line":
    send('{"type":"f","x":[' + "0," * (problem["max_line_bytes"]) + '0]}')
elif mode == "timeout":
    send(json.dumps({"type": "grad", "x": x}))
    sys.stdin.readline()
    time.sleep(60)
elif mode == "crash":
    send(json.dumps({"type": "f", "x": x}))
    sys.stdin.readline()
    for i in range(30):
        sys.stderr.write("noise line %d\n" % i)
    sys.stderr.write("Traceback: the solver fell over\n")
    sys.stderr.flush()
    sys.exit(3)
elif mode == "exit-0":
    sys.exit(0)
elif mode == "budget":
    while True:
        send(json.dumps({"type": "grad", "x": x}))
        reply = json.loads(sys.stdin.readline())
        if reply["type"] == "budget_exhausted":
            sys.stderr.write("told: budget_exhausted\n")
            sys.stderr.flush()
            time.sleep(60)
elif mode == "done-without-x":
    send('{"type":"done","converged":true}')
time.sleep(60)
