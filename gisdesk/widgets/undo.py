"""Undoable changes to a project's layers (QUndoCommand subclasses for one shared QUndoStack).

Every change the layer panel and the style dialog make goes through one of these commands so that
Ctrl+Z / Ctrl+Shift+Z undo and redo it. The commands hold the layer objects themselves (not row
numbers), so they stay valid while other layers are added or moved. They do not survive a change of
project: clear the stack when another project is opened.

Pushing a command runs its ``redo()`` at once (Qt's rule), so ``stack.push(SetVisibleCommand(layer,
False))`` hides the layer.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

__all__ = [
    "AddLayerCommand",
    "LayerPropertyCommand",
    "MoveLayerCommand",
    "RemoveLayerCommand",
    "RenameLayerCommand",
    "ReorderLayersCommand",
    "SetOpacityCommand",
    "SetStyleCommand",
    "SetVisibleCommand",
    "apply_order",
]

_UNSET: Any = object()
_OPACITY_MERGE_ID = 0x6769_0001  # any constant unique to this command type


class LayerPropertyCommand(QUndoCommand):
    """Set one evented property of a layer (``visible``, ``opacity``, ``name``, ``style``)."""

    def __init__(self, layer: Any, attr: str, value: Any, text: str, *, old: Any = _UNSET,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(text, parent)
        self.layer = layer
        self.attr = attr
        self.old = getattr(layer, attr) if old is _UNSET else old
        self.new = value

    def redo(self) -> None:
        setattr(self.layer, self.attr, self.new)

    def undo(self) -> None:
        setattr(self.layer, self.attr, self.old)


class SetVisibleCommand(LayerPropertyCommand):
    def __init__(self, layer: Any, visible: bool, parent: QUndoCommand | None = None) -> None:
        text = (QCoreApplication.translate("undo", "Show layer “%s”") if visible
                else QCoreApplication.translate("undo", "Hide layer “%s”")) % layer.name
        super().__init__(layer, "visible", bool(visible), text, parent=parent)


class SetOpacityCommand(LayerPropertyCommand):
    """Change a layer's opacity (0-1).

    ``old`` gives the value before a live preview (the panel's slider changes the layer while it is
    dragged and pushes one command on release). With ``mergeable=True`` (keyboard or wheel steps) the
    command merges with the previous mergeable opacity change of the same layer into one undo step.
    """

    def __init__(self, layer: Any, opacity: float, *, old: float | None = None, mergeable: bool = False,
                 parent: QUndoCommand | None = None) -> None:
        text = QCoreApplication.translate("undo", "Change opacity of “%s”") % layer.name
        super().__init__(layer, "opacity", float(opacity), text,
                         old=_UNSET if old is None else float(old), parent=parent)
        self.mergeable = mergeable

    def id(self) -> int:
        return _OPACITY_MERGE_ID if self.mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, SetOpacityCommand) and other.mergeable and other.layer is self.layer):
            return False
        self.new = other.new
        return True


class RenameLayerCommand(LayerPropertyCommand):
    def __init__(self, layer: Any, name: str, parent: QUndoCommand | None = None) -> None:
        text = QCoreApplication.translate("undo", "Rename layer “%s”") % layer.name
        super().__init__(layer, "name", str(name), text, parent=parent)


class SetStyleCommand(LayerPropertyCommand):
    def __init__(self, layer: Any, style: dict[str, Any], parent: QUndoCommand | None = None) -> None:
        text = QCoreApplication.translate("undo", "Change style of “%s”") % layer.name
        super().__init__(layer, "style", dict(style), text, parent=parent)


def apply_order(layers: Any, order: Sequence[Any]) -> None:
    """Rearrange the evented list ``layers`` into ``order`` (the same layers) by single moves.

    Moves one layer at a time (``EventedList.move``) so listeners get ``moving``/``moved`` events
    they can map onto Qt's ``beginMoveRows``; at most ``len(order)`` moves.
    """
    if len(order) != len(layers) or {id(x) for x in order} != {id(x) for x in layers}:
        raise ValueError("the new order must hold exactly the project's layers")
    for target, layer in enumerate(order):
        current = next(i for i, x in enumerate(layers) if x is layer)
        if current != target:
            layers.move(current, target)  # target < current always: earlier slots are already final


class ReorderLayersCommand(QUndoCommand):
    """Put the project's layers into ``order`` (bottom first, as ``project.layers``)."""

    def __init__(self, project: Any, order: Sequence[Any], text: str | None = None,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(text or QCoreApplication.translate("undo", "Reorder layers"), parent)
        self.project = project
        self.old = list(project.layers)
        self.new = list(order)

    def redo(self) -> None:
        apply_order(self.project.layers, self.new)

    def undo(self) -> None:
        apply_order(self.project.layers, self.old)


class MoveLayerCommand(ReorderLayersCommand):
    """Move one layer to index ``new_index`` of ``project.layers`` (0 = bottom)."""

    def __init__(self, project: Any, layer: Any, new_index: int, parent: QUndoCommand | None = None) -> None:
        order = [x for x in project.layers if x is not layer]
        new_index = max(0, min(int(new_index), len(order)))
        order.insert(new_index, layer)
        super().__init__(project, order, QCoreApplication.translate("undo", "Move layer “%s”") % layer.name,
                         parent)


class RemoveLayerCommand(QUndoCommand):
    """Remove a layer; undo puts it back at the same index."""

    def __init__(self, project: Any, layer: Any, parent: QUndoCommand | None = None) -> None:
        super().__init__(QCoreApplication.translate("undo", "Remove layer “%s”") % layer.name, parent)
        self.project = project
        self.layer = layer
        self.index = _index_of(project.layers, layer)

    def redo(self) -> None:
        self.index = _index_of(self.project.layers, self.layer)
        del self.project.layers[self.index]

    def undo(self) -> None:
        self.project.layers.insert(self.index, self.layer)


class AddLayerCommand(QUndoCommand):
    """Add a layer (on top by default, renamed if its name is taken); undo removes it."""

    def __init__(self, project: Any, layer: Any, index: int | None = None,
                 parent: QUndoCommand | None = None) -> None:
        layer.name = project.layers.unique_name(layer.name)
        super().__init__(QCoreApplication.translate("undo", "Add layer “%s”") % layer.name, parent)
        self.project = project
        self.layer = layer
        self.index = len(project.layers) if index is None else int(index)

    def redo(self) -> None:
        self.project.layers.insert(min(self.index, len(self.project.layers)), self.layer)

    def undo(self) -> None:
        del self.project.layers[_index_of(self.project.layers, self.layer)]


def _index_of(layers: Any, layer: Any) -> int:
    for i, x in enumerate(layers):
        if x is layer:  # identity: two layers may compare equal
            return i
    raise ValueError(f"{layer!r} is not in the project")
