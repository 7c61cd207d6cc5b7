"""Workshop packs out, plan bundles back: the exchange actions, dialogs and drop-folder watcher.

A thin Qt layer over `door.exchange` (pcsc_workshop/door/exchange.py: every read and write,
each in its own transaction); the main window calls `install_exchange_actions`.
"""

from pcsc_workshop.ui.exchange.actions import ExchangeActions, install_exchange_actions

__all__ = ["ExchangeActions", "install_exchange_actions"]
