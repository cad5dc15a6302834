"""Sends notification mails through the local sendmail."""
import subprocess


def send(recipient, body):
    """Hand one mail to sendmail; the recipient comes from our own user table."""
    subprocess.run(["/usr/sbin/sendmail", recipient], input=body.encode(), check=True)
