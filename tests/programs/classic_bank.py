# Bank account simulation with a custom exception hierarchy, context managers and tracebacks.
import sys


class BankError(Exception):
    """Base class for bank errors."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} has {account.balance:.2f}, needs {amount:.2f}")
        self.account = account
        self.amount = amount


class AccountFrozen(BankError):
    pass


class LimitExceeded(BankError):
    def __str__(self):
        return "limit exceeded: " + ", ".join(map(str, self.args))


class Account:
    _next = 1000
    interest = 0.015

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.number = Account._next
        Account._next += 1
        self.frozen = False
        self.log = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        if self.frozen:
            raise AccountFrozen(self.number)
        self.balance += amount
        self.log.append(("dep", amount))
        return self.balance

    def withdraw(self, amount):
        if self.frozen:
            raise AccountFrozen(self.number)
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.log.append(("wd", amount))
        return self.balance

    def apply_interest(self):
        gained = round(self.balance * self.interest, 2)
        self.balance += gained
        return gained

    def __repr__(self):
        return f"Account(#{self.number}, {self.owner!r}, {self.balance:,.2f})"


class SavingsAccount(Account):
    interest = 0.035
    limit = 3

    def __init__(self, owner, balance=0.0):
        super().__init__(owner, balance)
        self.withdrawals = 0

    def withdraw(self, amount):
        if self.withdrawals >= self.limit:
            raise LimitExceeded(self.number, self.withdrawals)
        result = super().withdraw(amount)
        self.withdrawals += 1
        return result


class Transaction:
    def __init__(self, bank):
        self.bank = bank
        self.snapshot = None

    def __enter__(self):
        self.snapshot = {a.number: a.balance for a in self.bank.accounts}
        self.bank.depth += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        self.bank.depth -= 1
        if exc_type is not None:
            for a in self.bank.accounts:
                a.balance = self.snapshot[a.number]
            self.bank.failures.append(exc_type.__name__)
            return issubclass(exc_type, BankError)
        return False


class Bank:
    def __init__(self):
        self.accounts = []
        self.failures = []
        self.depth = 0

    def open(self, cls, owner, amount):
        acct = cls(owner, amount)
        self.accounts.append(acct)
        return acct

    def transfer(self, src, dst, amount):
        with Transaction(self):
            dst.deposit(amount)
            src.withdraw(amount)
            return True
        return False

    def total(self):
        return sum(a.balance for a in self.accounts)


def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        yield seed >> 33


bank = Bank()
alice = bank.open(Account, "alice", 500.0)
bob = bank.open(SavingsAccount, "bob", 1200.5)
carol = bank.open(Account, "carol", 0)
dave = bank.open(SavingsAccount, "dave", 50)
print(bank.accounts)

gen = lcg(7)
accts = bank.accounts
for step in range(40):
    r = next(gen)
    src = accts[r % 4]
    dst = accts[(r >> 3) % 4]
    amount = (r % 9000) / 10
    if step == 17:
        carol.frozen = True
    if step == 30:
        carol.frozen = False
    try:
        ok = bank.transfer(src, dst, amount)
    except ValueError as e:
        print(step, "ValueError", e)
    else:
        print(step, f"{src.owner:>5} -> {dst.owner:<5} {amount:8.2f}", "ok" if ok else "rolled back", f"total={bank.total():.2f}")
    finally:
        assert bank.depth == 0

print(bank.failures)
print(bank.accounts)
for a in bank.accounts:
    print(a.owner, a.apply_interest(), len(a.log), a.log[:2])

try:
    try:
        alice.withdraw(10 ** 6)
    except InsufficientFunds as e:
        print("caught:", e, "|", e.amount, e.account.owner)
        raise RuntimeError("withdrawal failed") from e
except RuntimeError as e:
    print(repr(e), type(e.__cause__).__name__, e.__cause__.args)

try:
    try:
        carol.frozen = True
        carol.deposit(5)
    except AccountFrozen:
        raise KeyError("missing")
except KeyError as e:
    print("KeyError", e, type(e.__context__).__name__, e.__context__.args)
finally:
    carol.frozen = False

for exc in (InsufficientFunds(bob, 1), AccountFrozen(3), LimitExceeded(1, 2), BankError()):
    print(type(exc).__name__, str(exc), repr(exc)[:30], isinstance(exc, BankError), exc.args[:1])
print(BankError.__doc__, InsufficientFunds.__mro__[1].__name__, LimitExceeded.__bases__)


def audit(accounts, depth=0):
    if depth < 3:
        return audit(accounts, depth + 1)
    for a in accounts:
        check(a)


def check(a):
    if a.balance < 0 or a.owner == "dave":
        raise BankError("audit failed for %s: balance %.3f" % (a.owner, a.balance))


sys.stdout.flush()
audit(bank.accounts)
print("unreachable")
