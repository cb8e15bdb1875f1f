"""Take-down: the places where the material was found, the requests to remove it, the platforms'
answers and the re-checks that prove removal, each an appended record with a custody event.

Modules: `tables` (the vault migration), `store` (appending and reading records), `platforms`
(the editable data file of platforms and routes), `locations`, `status` (deriving a location's
status from its records), `requests` (drafts, sent, responses, due dates), `rdap` (network owner
look-ups), `recheck`, `stats`. This package never imports Qt; its __init__ imports nothing so the
vault schema can load `tables` without a cycle.
"""
