"""Chat evidence: WhatsApp and Telegram exports recognised at import, sealed with a parsed
transcript, read and marked without changing what was sealed.

detect.py recognises an export; whatsapp.py and telegram.py parse one; transcript.py is the
typed transcript and its JSON artifact; ingest.py seals it; reader.py reads it back with the
marks derived from the custody log.
"""
