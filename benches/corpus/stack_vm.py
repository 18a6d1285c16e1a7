"""A stack virtual machine whose instructions are objects: each instruction class has an
`execute(vm)` method that returns the next program counter. An assembler turns text into
instruction objects; the programs compute primes, gcds and a Collatz statistic."""
import sys


class Instr:
    def __init__(self, arg=None):
        self.arg = arg

    def execute(self, vm, pc):
        raise NotImplementedError


class Push(Instr):
    def execute(self, vm, pc):
        vm.stack.append(self.arg)
        return pc + 1


class Load(Instr):
    def execute(self, vm, pc):
        vm.stack.append(vm.regs[self.arg])
        return pc + 1


class Store(Instr):
    def execute(self, vm, pc):
        vm.regs[self.arg] = vm.stack.pop()
        return pc + 1


class BinOp(Instr):
    def execute(self, vm, pc):
        b = vm.stack.pop()
        a = vm.stack.pop()
        vm.stack.append(self.apply(a, b))
        return pc + 1


class Add(BinOp):
    def apply(self, a, b):
        return a + b


class Sub(BinOp):
    def apply(self, a, b):
        return a - b


class Mul(BinOp):
    def apply(self, a, b):
        return a * b


class Mod(BinOp):
    def apply(self, a, b):
        return a % b


class Div(BinOp):
    def apply(self, a, b):
        return a // b


class Less(BinOp):
    def apply(self, a, b):
        return 1 if a < b else 0


class Jump(Instr):
    def execute(self, vm, pc):
        return self.arg


class JumpIfZero(Instr):
    def execute(self, vm, pc):
        if vm.stack.pop() == 0:
            return self.arg
        return pc + 1


class Print(Instr):
    def execute(self, vm, pc):
        vm.output.append(vm.stack.pop())
        return pc + 1


class Halt(Instr):
    def execute(self, vm, pc):
        return -1


OPCODES = {"push": Push, "load": Load, "store": Store, "add": Add, "sub": Sub, "mul": Mul,
           "mod": Mod, "div": Div, "less": Less, "jmp": Jump, "jz": JumpIfZero,
           "print": Print, "halt": Halt}


def assemble(text):
    labels = {}
    lines = []
    for raw in text.strip().splitlines():
        line = raw.split("#")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(lines)
        else:
            lines.append(line.split())
    program = []
    for parts in lines:
        cls = OPCODES[parts[0]]
        arg = None
        if len(parts) > 1:
            arg = labels[parts[1]] if parts[1] in labels else int(parts[1])
        program.append(cls(arg))
    return program


class VM:
    def __init__(self, nregs):
        self.stack = []
        self.regs = [0] * nregs
        self.output = []

    def run(self, program):
        pc = 0
        steps = 0
        while pc >= 0:
            pc = program[pc].execute(self, pc)
            steps += 1
        return steps


# Count primes below r0 by trial division; r1 = candidate, r2 = divisor, r3 = count.
PRIMES = """
    push 2
    store 1
    push 0
    store 3
outer:
    load 1
    load 0
    less
    jz done
    push 2
    store 2
inner:
    load 2
    load 2
    mul
    load 1
    push 1
    add
    less
    jz prime
    load 1
    load 2
    mod
    jz composite
    load 2
    push 1
    add
    store 2
    jmp inner
prime:
    load 3
    push 1
    add
    store 3
composite:
    load 1
    push 1
    add
    store 1
    jmp outer
done:
    load 3
    print
    halt
"""

# Sum of Collatz sequence lengths for 1..r0; r1 = n, r2 = x, r3 = total.
COLLATZ = """
    push 1
    store 1
    push 0
    store 3
next:
    load 1
    load 0
    less
    jz done
    load 1
    store 2
step:
    push 1
    load 2
    less
    jz finished
    load 3
    push 1
    add
    store 3
    load 2
    push 2
    mod
    jz even
    load 2
    push 3
    mul
    push 1
    add
    store 2
    jmp step
even:
    load 2
    push 2
    div
    store 2
    jmp step
finished:
    load 1
    push 1
    add
    store 1
    jmp next
done:
    load 3
    print
    halt
"""


def main(n):
    total_steps = 0
    for source, limit in ((PRIMES, n), (COLLATZ, n // 4)):
        vm = VM(4)
        vm.regs[0] = limit
        total_steps += vm.run(assemble(source))
        print("output", vm.output)
    print("instructions executed", total_steps)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 9000)
