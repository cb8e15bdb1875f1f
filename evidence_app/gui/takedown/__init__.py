"""The take-down screens: a tab in each case and the overview across cases (issue 12).

Thin over `evidence_app.takedown`: every vault, network and browser step runs in a Session
worker; these modules only show what the core derived and collect what the caseworker typed.
"""
