"""Loads the vault configuration from a remote YAML file (security fixture)."""

import requests
import yaml


def fetch(url):
    response = requests.get(url, verify=False)
    return yaml.load(response.text)
