"""The spec-level classes' methods: declarations (``facade.toml``) -> ``FacadeModel``.

Every decision about a method is made here: its signature, how its arguments become the
command's (checked by ``_args``, named by the customer the class holds, or built by a hook),
what the reply becomes, and its docstring. The template ``facade.py.j2`` only prints. Each
declaration is checked against the command it names, so a typo fails here, not in mypy.
"""

from __future__ import annotations

import keyword

from .config import ConfigError, Facade, FacadeArg, FacadeClass, FacadeMethod
from .model import (
    CommandModel,
    CommandSetModel,
    FacadeClassModel,
    FacadeMethodModel,
    FacadeModel,
    HookModel,
    ParamModel,
)

# How a command names the customer, by the Customer's hook that fills it in.
_CUSTOMER_FIELDS = frozenset({"customer_id", "customer_number", "secondary_id"})
_CUSTOMER_HOOKS = {
    "ref": ("_ref", "The customer as commands name it: by id once known, else as it was made."),
    "reach": (
        "_reach",
        "The customer for commands that reach a number: by the number it was made with first.",
    ),
}
_LEARN = HookModel(
    "_learn", (ParamModel("reply", "_R", ""),), "_R", "Learn what the reply says of the caller."
)
_RAISES = (
    ("ArgumentError", "an argument is wrong (also a TypeError or ValueError); nothing was sent."),
    ("RequestTimeoutError", "no reply within the timeout."),
    ("ConnectionLostError", "the connection is down or dropped before the reply."),
    ("ServerError", "the runtime answered with an error frame."),
)
_REFUSED = ("CommandRefusedError", "the runtime refused; the message is its reason.")


class _Builder:
    def __init__(
        self, facade: Facade, command_sets: list[CommandSetModel], field_docs: dict[str, str]
    ) -> None:
        self.facade = facade
        self.sets = {cs.key: cs for cs in command_sets}
        self.field_docs = field_docs

    def where(self, cls: FacadeClass, method: FacadeMethod | None = None) -> str:
        at = f"{self.facade.path.name} [classes.{cls.name}]"
        return f"{at} {method.name}" if method is not None else at

    def build(self) -> FacadeModel:
        return FacadeModel(
            source=self.facade.path.name,
            args_module=self.facade.args_module,
            imports=self.facade.imports,
            type_checking_imports=self.facade.type_checking_imports,
            classes=tuple(self.cls(c) for c in self.facade.classes),
        )

    def cls(self, cls: FacadeClass) -> FacadeClassModel:
        command_set = self.sets.get(cls.commands)
        if command_set is None:
            raise ConfigError(f"{self.where(cls)}: no command set {cls.commands!r}")
        commands = {c.name: c for c in command_set.commands}
        hooks: dict[str, HookModel] = {}
        methods = []
        names = [m.name for m in cls.methods]
        if len(set(names)) != len(names):
            raise ConfigError(f"{self.where(cls)}: a method is declared twice")
        for method in cls.methods:
            command = commands.get(method.command)
            if command is None:
                raise ConfigError(
                    f"{self.where(cls, method)}: {cls.commands} has no command {method.command!r}"
                )
            methods.append(self.method(cls, method, command, hooks))
        return FacadeClassModel(
            name=cls.mixin,
            spec_name=cls.name,
            wire_class=command_set.class_name,
            hooks=tuple(sorted(hooks.values(), key=lambda h: h.name)),
            methods=tuple(methods),
        )

    def method(
        self, cls: FacadeClass, method: FacadeMethod, command: CommandModel, hooks: dict[str, HookModel]
    ) -> FacadeMethodModel:
        where = self.where(cls, method)
        params = {p.py_name for p in (*command.params, *command.options)}
        for arg in method.args:
            if not arg.name.isidentifier() or keyword.iskeyword(arg.name) or arg.name in ("self", "timeout"):
                raise ConfigError(f"{where}: {arg.name!r} cannot be an argument's name")
        items: list[str] = []
        if method.customer:
            if not _CUSTOMER_FIELDS & params:
                raise ConfigError(f"{where}: {method.command} names no customer")
            name, doc = _CUSTOMER_HOOKS[method.customer]
            hooks[name] = HookModel(name, (), "dict[str, Any]", doc)
            items.append(f"**self.{name}()")
        call_args = ", ".join(a.name for a in method.args)
        own = [a for a in method.args if not a.flag]  # a flag's arguments go to the command as they are
        if method.build:
            self.check_callable(where, method.build, "build")
            if method.build.startswith("self."):
                hook = method.build[len("self.") :]
                hooks[hook] = HookModel(
                    hook,
                    tuple(ParamModel(a.name, a.type, "") for a in own),
                    "dict[str, Any]",
                    f"The arguments of ``{method.command}`` for ``{method.name}()``.",
                )
            items.append(f"**{method.build}({', '.join(a.name for a in own)})")
        for arg in [a for a in method.args if a.flag or not method.build]:
            if arg.to not in params:
                raise ConfigError(f"{where}: {method.command} has no argument {arg.to!r} (for {arg.name})")
            items.append(f'"{arg.to}": {self.value(where, arg)}')
        finish, returns = "", command.reply_class
        if method.result is not None:
            self.check_callable(where, method.result.hook, "result hook")
            if not method.result.hook.startswith("self."):
                raise ConfigError(f"{where}: a result hook is a method of the class (self.<name>)")
            finish, returns = method.result.hook, method.result.type
            name = finish[len("self.") :]
            known = hooks.get(name)
            reply = command.reply_class
            if known is not None:
                if known.returns != returns:
                    raise ConfigError(f"{where}: {name} returns {known.returns} elsewhere, not {returns}")
                if reply not in known.params[0].annotation.split(" | "):
                    reply = f"{known.params[0].annotation} | {reply}"
                else:
                    reply = known.params[0].annotation
            hooks[name] = HookModel(
                name, (ParamModel("reply", reply, ""),), returns, "What the reply becomes."
            )
        elif method.learn:
            finish = "self._learn"
            hooks["_learn"] = _LEARN
        raises = list(_RAISES)
        if method.result is not None and method.result.refuses:
            raises.insert(1, _REFUSED)
        return FacadeMethodModel(
            name=method.name,
            command=method.command,
            positional=tuple(self.param(a) for a in method.args if not a.keyword),
            keyword=tuple(self.param(a) for a in method.args if a.keyword),
            call_args=call_args,
            arg_items=tuple(items),
            returns=returns,
            finish=finish,
            summary=method.doc or command.summary,
            arg_docs=tuple((a.name, self.arg_doc(a)) for a in method.args),
            returns_doc=command.returns_doc if method.result is None else "",
            raises=tuple(raises),
        )

    @staticmethod
    def param(arg: FacadeArg) -> ParamModel:
        return ParamModel(arg.name, arg.type, arg.default or "")

    def arg_doc(self, arg: FacadeArg) -> str:
        return arg.doc or self.field_docs.get(arg.to) or self.field_docs.get(arg.name) or f"``{arg.name}``."

    def value(self, where: str, arg: FacadeArg) -> str:
        """The expression that checks (and converts) one argument."""
        if not arg.check:
            return arg.name
        if arg.check == "instance":
            if not arg.type.isidentifier():
                raise ConfigError(f"{where}: 'instance' checks one class, not {arg.type!r} ({arg.name})")
            return f'_args.check({arg.name}, {arg.type}, "{arg.name}")'
        self.check_callable(where, arg.check, f"{arg.name}'s check")
        return f'{arg.check}({arg.name}, "{arg.name}")'

    @staticmethod
    def check_callable(where: str, dotted: str, what: str) -> None:
        owner, _, name = dotted.partition(".")
        if owner not in ("self", "_args") or not name.isidentifier():
            raise ConfigError(
                f"{where}: {what} must be 'self.<method>' or '_args.<function>', not {dotted!r}"
            )


def build_facade(
    facade: Facade, command_sets: list[CommandSetModel], field_docs: dict[str, str]
) -> FacadeModel:
    """The facade's model, checked against the command sets it sends."""
    return _Builder(facade, command_sets, field_docs).build()


__all__ = ["build_facade"]
