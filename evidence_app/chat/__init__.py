"""Chat evidence: WhatsApp and Telegram exports recognised at import, sealed with a parsed
transcript, read and marked without changing what was sealed.

detect.py recognises an export (limits.py bounds it); whatsapp.py, telegram.py (result.json)
and telegram_html.py (messages*.html) parse one; transcript.py is the typed transcript and its
JSON artifact; ingest.py seals it; reader.py reads it back with the marks replayed from the
custody log (the API a chat view calls).
"""
