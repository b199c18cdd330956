"""Run inside cvat-sdk 2.80.0's venv: check recorded exchanges against the SDK's generated API description.

Reads a JSON list of ``{"method", "path", "query": [[name, value], ...], "body", "status", "answer"}`` on
standard input and writes a JSON list with, for each, the problems found (empty: valid). An exchange must
match an endpoint of the SDK (path template and method); each query parameter must be one that endpoint
declares, of its type and, for enumerations, one of its allowed values; required parameters must be there;
the body is deserialized into the endpoint's request model and a JSON answer into its response model, both
with type checks (``validate_and_convert_types``, as the SDK does with a server's answers).
"""

import json
import re
import sys

from cvat_sdk.api_client import ApiClient, Configuration, apis
from cvat_sdk.api_client.api_client import Endpoint
from cvat_sdk.api_client.model_utils import file_type, validate_and_convert_types

CLIENT = ApiClient(Configuration(host="http://cvat.test"))
CONFIG = CLIENT.configuration


def endpoints():
    found = []
    for name in dir(apis):
        cls = getattr(apis, name)
        if name.endswith("Api") and isinstance(cls, type):
            found.extend(e for e in vars(cls(CLIENT)).values() if isinstance(e, Endpoint))
    return found


# Literal paths before templated ones: /api/users/self is not /api/users/{id}.
ENDPOINTS = sorted(endpoints(), key=lambda e: e.settings["endpoint_path"].count("{"))


def matching(method, path):
    for endpoint in ENDPOINTS:
        template = endpoint.settings["endpoint_path"]
        pattern = "^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template)) + "$"
        if endpoint.settings["http_method"] == method and re.match(pattern, path):
            return endpoint, re.match(pattern, path).groupdict()
    return None, {}


def check(exchange):
    problems = []
    where = f"{exchange['method']} {exchange['path']}"
    endpoint, path_params = matching(exchange["method"], exchange["path"])
    if endpoint is None:
        return [f"{where}: no endpoint of cvat-sdk 2.80.0 has this path and method"]
    wire = {v: k for k, v in endpoint.attribute_map.items()}
    given = set()
    for name, value in [*((k, v) for k, v in path_params.items()), *exchange["query"]]:
        param = wire.get(name)
        if param is None:
            problems.append(f"{where}: parameter {name!r} is not declared")
            continue
        given.add(param)
        allowed = endpoint.allowed_values.get((param,))
        if allowed is not None and value not in allowed.values():
            problems.append(f"{where}: {name}={value!r} must be one of {sorted(allowed.values())}")
        types = endpoint.openapi_types[param]
        if int in types and not str(value).lstrip("-").isdigit():
            problems.append(f"{where}: {name}={value!r} must be a whole number")
    body_params = [p for p, loc in endpoint.location_map.items() if loc == "body"]
    if exchange["body"] is not None:
        if not body_params:
            problems.append(f"{where}: sends a body the endpoint does not take")
        else:
            given.add(body_params[0])
            try:
                validate_and_convert_types(
                    exchange["body"], endpoint.openapi_types[body_params[0]], ["body"], True, True, CONFIG
                )
            except Exception as exc:  # ApiTypeError, ApiValueError, ApiAttributeError...
                problems.append(f"{where}: body: {type(exc).__name__}: {exc}")
    for required in endpoint.params_map["required"]:
        if required not in given and endpoint.location_map.get(required) != "header":
            problems.append(f"{where}: required parameter {required!r} is missing")
    schema = endpoint.settings["response_schema"]
    if exchange["answer"] is not None and 200 <= exchange["status"] < 300 and schema not in (None, (file_type,)):
        try:
            validate_and_convert_types(exchange["answer"], schema, ["received_data"], True, True, CONFIG)
        except Exception as exc:
            problems.append(f"{where} -> {exchange['status']}: answer: {type(exc).__name__}: {exc}")
    return problems


json.dump([check(exchange) for exchange in json.load(sys.stdin)], sys.stdout)
