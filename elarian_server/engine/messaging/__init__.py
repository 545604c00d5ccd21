"""Messaging: sending, receiving, sessions, consent, delivery status.

``channels``: what each channel carries and receives, channel numbers' owners, the checks;
``history``: messages as kept, delivery status, the messaging part of a customer's state;
``sessions``: USSD and voice sessions, chat windows, their notifications;
``outbound``: SendMessage, ReplyToMessage, SendMessageTag, UpdateMessagingConsent;
``inbound``: the simulator's ReceiveMessage and the app's answer to it.
Each imports only those listed before it.
"""
