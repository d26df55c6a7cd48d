#!/usr/bin/env python3
"""A real SMTP server on loopback for vieclam's mail tests.

It runs Debian's python3-aiosmtpd. The test starts it, reads the line
"LISTENING <port>" from standard output, and then finds each accepted message
as a JSON file in --out (written whole, then renamed into place):

    {"mail_from", "rcpt_tos", "login", "tls", "subject", "to", "message_id",
     "text", "html", "raw"}

where subject and to are decoded from RFC 2047 and text and html are the
decoded bodies, as Python's own e-mail parser reads them.

Modes: plain (no TLS), starttls (the server refuses mail before STARTTLS) and
tls (TLS from the first byte). With --user and --password every message must
be sent by that authenticated user (AUTH PLAIN or LOGIN).

Recipients whose local part starts with "bounce" are refused with 550 (a
permanent failure) and those starting with "later" with 451 (a temporary one).
The server runs until it is killed.
"""

import argparse
import asyncio
import email
import email.policy
import json
import os
import socket
import ssl
import sys

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class Handler:
    def __init__(self, out_dir):
        self.out_dir = out_dir
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.split("@", 1)[0].lower()
        if local.startswith("bounce"):
            return "550 5.1.1 <%s>: Recipient address rejected: mailbox unknown" % address
        if local.startswith("later"):
            return "451 4.3.0 Mailbox busy, try again later"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        raw = envelope.original_content or envelope.content
        if isinstance(raw, str):
            raw = raw.encode("utf-8")
        message = email.message_from_bytes(raw, policy=email.policy.default)
        text = message.get_body(preferencelist=("plain",))
        html = message.get_body(preferencelist=("html",))
        auth = getattr(session, "auth_data", None)
        transport = server.transport
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": list(envelope.rcpt_tos),
            "login": auth.login.decode("utf-8") if isinstance(auth, LoginPassword) else None,
            "tls": session.ssl is not None
            or (transport is not None and transport.get_extra_info("ssl_object") is not None),
            "subject": str(message["subject"] or ""),
            "to": str(message["to"] or ""),
            "message_id": str(message["message-id"] or ""),
            "text": text.get_content() if text is not None else None,
            "html": html.get_content() if html is not None else None,
            "raw": raw.decode("utf-8", "replace"),
        }
        self.count += 1
        path = os.path.join(self.out_dir, "%04d.json" % self.count)
        with open(path + ".tmp", "w", encoding="utf-8") as out:
            json.dump(record, out, ensure_ascii=False)
        os.replace(path + ".tmp", path)
        return "250 2.0.0 Message accepted for delivery"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mode", choices=["plain", "starttls", "tls"], default="plain")
    parser.add_argument("--cert", help="the server's certificate chain (PEM)")
    parser.add_argument("--key", help="the server's private key (PEM)")
    parser.add_argument("--user")
    parser.add_argument("--password")
    parser.add_argument("--out", required=True, help="folder for received messages")
    args = parser.parse_args()

    context = None
    if args.mode != "plain":
        if not (args.cert and args.key):
            parser.error("--mode %s needs --cert and --key" % args.mode)
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)

    authenticator = None
    if args.user is not None:
        expected = LoginPassword(args.user.encode("utf-8"), (args.password or "").encode("utf-8"))

        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = isinstance(auth_data, LoginPassword) and auth_data == expected
            return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)

    handler = Handler(args.out)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)

    def factory():
        return SMTP(
            handler,
            hostname="localhost",
            tls_context=context if args.mode == "starttls" else None,
            require_starttls=args.mode == "starttls",
            authenticator=authenticator,
            auth_required=authenticator is not None,
            # With implicit TLS the whole connection is encrypted, but aiosmtpd
            # only knows about STARTTLS; its check would refuse AUTH.
            auth_require_tls=args.mode == "starttls",
            loop=loop,
        )

    # The socket is bound here, on a port the system picks, so no other
    # process can take the port between choosing and listening.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    server = loop.run_until_complete(
        loop.create_server(factory, sock=sock, ssl=context if args.mode == "tls" else None)
    )
    print("LISTENING %d" % sock.getsockname()[1], flush=True)
    try:
        loop.run_forever()
    finally:
        server.close()


if __name__ == "__main__":
    sys.exit(main())
