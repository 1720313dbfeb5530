# ruff: noqa
# mypy: ignore-errors
"""Compiled validators for slolint's document schemas: yes or no, without messages.

Generated from schemas/ by `make schemas-code` (python -m slolint._fastschema.generate)
with fastjsonschema 2.22.3. Do not edit: regenerate after changing a schema.
"""

from collections.abc import Callable

SCHEMAS_DIGEST = '8b1198a9'
"""Checksum of the schema files this module was generated from (see schema_store)."""


class Decimal:
    """Stands in for ``decimal.Decimal`` in the number checks: loaded YAML never holds one,
    and importing ``decimal`` would cost every run several milliseconds."""


class JsonSchemaValueException(ValueError):
    """Raised by the generated code when a document does not conform."""


JsonSchemaValuesException = JsonSchemaValueException


class _Patterns(dict):
    """Each ``pattern`` of the schemas, compiled when a check first needs it."""

    def __missing__(self, pattern):
        compiled = self[pattern] = re.compile(pattern)
        return compiled


import re


# The patterns the checks use:
#   '^(?!$)(0|([0-9]+y)?([0-9]+w)?([0-9]+d)?([0-9]+h)?([0-9]+m)?([0-9]+s)?([0-9]+ms)?)$'
#   '^(?!__name__$).+$'
#   '^(?=(.{0,253}/)?.{0,63}$)([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*/)?[a-zA-Z0-9]([-._a-zA-Z0-9]{0,61}[a-zA-Z0-9])?$'
#   '^([0-9]+(ms|s|m|h|d|w|y))+$'
#   '^([a-z0-9]([-._a-z0-9]{0,61}[a-z0-9])?)?$'
#   '^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?$'
#   '^[0-9]+[mhdwMQY]$'
#   '^[0-9]+[mhdw]$'
#   '^[A-Za-z0-9][-A-Za-z0-9_.]*[A-Za-z0-9]$'
#   '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'
#   '^[a-zA-Z0-9]([-._a-zA-Z0-9]{0,61}[a-zA-Z0-9])?$'
#   '^[a-zA-Z]+$'
#   '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d$'
#   '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'
REGEX_PATTERNS = _Patterns()

NoneType = type(None)

def validate_https___slolint_dev_schemas_sloth_v1_alertwindows_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['apiVersion', 'kind', 'spec']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "apiVersion" in data_keys:
            data_keys.remove("apiVersion")
            data__apiVersion = data["apiVersion"]
            if not (isinstance(data__apiVersion, str) and data__apiVersion == 'sloth.slok.dev/v1'):
                raise JsonSchemaValueException
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'AlertWindows'):
                raise JsonSchemaValueException
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            if not isinstance(data__metadata, (dict)):
                raise JsonSchemaValueException
        if "spec" in data_keys:
            data_keys.remove("spec")
            data__spec = data["spec"]
            if not isinstance(data__spec, (dict)):
                raise JsonSchemaValueException
            data__spec_is_dict = isinstance(data__spec, dict)
            if data__spec_is_dict:
                data__spec__missing_keys = set(['sloPeriod', 'page', 'ticket']) - data__spec.keys()
                if data__spec__missing_keys:
                    raise JsonSchemaValueException
                data__spec_keys = set(data__spec.keys())
                if "sloPeriod" in data__spec_keys:
                    data__spec_keys.remove("sloPeriod")
                    data__spec__sloPeriod = data__spec["sloPeriod"]
                    validate_https___slolint_dev_schemas_sloth_v1_alertwindows_schema_json__definitions_duration(data__spec__sloPeriod, custom_formats, name_prefix)
                if "page" in data__spec_keys:
                    data__spec_keys.remove("page")
                    data__spec__page = data__spec["page"]
                    validate_https___slolint_dev_schemas_sloth_v1_alertwindows_schema_json__definitions_severity(data__spec__page, custom_formats, name_prefix)
                if "ticket" in data__spec_keys:
                    data__spec_keys.remove("ticket")
                    data__spec__ticket = data__spec["ticket"]
                    validate_https___slolint_dev_schemas_sloth_v1_alertwindows_schema_json__definitions_severity(data__spec__ticket, custom_formats, name_prefix)
                if data__spec_keys:
                    raise JsonSchemaValueException
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_sloth_v1_alertwindows_schema_json__definitions_severity(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['quick', 'slow']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "quick" in data_keys:
            data_keys.remove("quick")
            data__quick = data["quick"]
            validate_https___slolint_dev_schemas_sloth_v1_alertwindows_schema_json__definitions_pair(data__quick, custom_formats, name_prefix)
        if "slow" in data_keys:
            data_keys.remove("slow")
            data__slow = data["slow"]
            validate_https___slolint_dev_schemas_sloth_v1_alertwindows_schema_json__definitions_pair(data__slow, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_sloth_v1_alertwindows_schema_json__definitions_pair(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['errorBudgetPercent', 'shortWindow', 'longWindow']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "errorBudgetPercent" in data_keys:
            data_keys.remove("errorBudgetPercent")
            data__errorBudgetPercent = data["errorBudgetPercent"]
            if not isinstance(data__errorBudgetPercent, (int, float, Decimal)) or isinstance(data__errorBudgetPercent, bool):
                raise JsonSchemaValueException
            if isinstance(data__errorBudgetPercent, (int, float, Decimal)) and not isinstance(data__errorBudgetPercent, bool):
                if data__errorBudgetPercent > 100:
                    raise JsonSchemaValueException
                if data__errorBudgetPercent <= 0:
                    raise JsonSchemaValueException
        if "shortWindow" in data_keys:
            data_keys.remove("shortWindow")
            data__shortWindow = data["shortWindow"]
            validate_https___slolint_dev_schemas_sloth_v1_alertwindows_schema_json__definitions_duration(data__shortWindow, custom_formats, name_prefix)
        if "longWindow" in data_keys:
            data_keys.remove("longWindow")
            data__longWindow = data["longWindow"]
            validate_https___slolint_dev_schemas_sloth_v1_alertwindows_schema_json__definitions_duration(data__longWindow, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_sloth_v1_alertwindows_schema_json__definitions_duration(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException
    if isinstance(data, str):
        if not REGEX_PATTERNS['^([0-9]+(ms|s|m|h|d|w|y))+$'].search(data):
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_sloth_v1_prometheusservicelevel_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['apiVersion', 'kind', 'spec']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "apiVersion" in data_keys:
            data_keys.remove("apiVersion")
            data__apiVersion = data["apiVersion"]
            if not (isinstance(data__apiVersion, str) and data__apiVersion == 'sloth.slok.dev/v1'):
                raise JsonSchemaValueException
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'PrometheusServiceLevel'):
                raise JsonSchemaValueException
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            validate_https___slolint_dev_schemas_sloth_v1_prometheusservicelevel_schema_json__definitions_metadata(data__metadata, custom_formats, name_prefix)
        if "spec" in data_keys:
            data_keys.remove("spec")
            data__spec = data["spec"]
            validate_https___slolint_dev_schemas_sloth_v1_prometheusservicelevel_schema_json__definitions_group(data__spec, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_sloth_v1_prometheusservicelevel_schema_json__definitions_group(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['service']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "service" in data_keys:
            data_keys.remove("service")
            data__service = data["service"]
            if not isinstance(data__service, (str)):
                raise JsonSchemaValueException
            if isinstance(data__service, str):
                if not REGEX_PATTERNS['^[A-Za-z0-9][-A-Za-z0-9_.]*[A-Za-z0-9]$'].search(data__service):
                    raise JsonSchemaValueException
        if "labels" in data_keys:
            data_keys.remove("labels")
            data__labels = data["labels"]
            validate_https___slolint_dev_schemas_sloth_v1_prometheusservicelevel_schema_json__definitions_stringmap(data__labels, custom_formats, name_prefix)
        if "sloPlugins" in data_keys:
            data_keys.remove("sloPlugins")
            data__sloPlugins = data["sloPlugins"]
            validate_https___slolint_dev_schemas_sloth_v1_prometheusservicelevel_schema_json__definitions_plugins(data__sloPlugins, custom_formats, name_prefix)
        if "slos" in data_keys:
            data_keys.remove("slos")
            data__slos = data["slos"]
            if not isinstance(data__slos, (list, tuple)):
                raise JsonSchemaValueException
            data__slos_is_list = isinstance(data__slos, (list, tuple))
            if data__slos_is_list:
                data__slos_len = len(data__slos)
                if data__slos_len < 1:
                    raise JsonSchemaValueException
                for data__slos_x, data__slos_item in enumerate(data__slos):
                    validate_https___slolint_dev_schemas_sloth_v1_prometheusservicelevel_schema_json__definitions_slo(data__slos_item, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_sloth_v1_prometheusservicelevel_schema_json__definitions_slo(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name', 'objective', 'sli', 'alerting']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException
            if isinstance(data__name, str):
                data__name_len = len(data__name)
                if data__name_len > 128:
                    raise JsonSchemaValueException
                if not REGEX_PATTERNS['^[A-Za-z0-9][-A-Za-z0-9_.]*[A-Za-z0-9]$'].search(data__name):
                    raise JsonSchemaValueException
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            if not isinstance(data__description, (str)):
                raise JsonSchemaValueException
        if "objective" in data_keys:
            data_keys.remove("objective")
            data__objective = data["objective"]
            if not isinstance(data__objective, (int, float, Decimal)) or isinstance(data__objective, bool):
                raise JsonSchemaValueException
        if "labels" in data_keys:
            data_keys.remove("labels")
            data__labels = data["labels"]
            validate_https___slolint_dev_schemas_sloth_v1_prometheusservicelevel_schema_json__definitions_stringmap(data__labels, custom_formats, name_prefix)
        if "plugins" in data_keys:
            data_keys.remove("plugins")
            data__plugins = data["plugins"]
            validate_https___slolint_dev_schemas_sloth_v1_prometheusservicelevel_schema_json__definitions_plugins(data__plugins, custom_formats, name_prefix)
        if "sli" in data_keys:
            data_keys.remove("sli")
            data__sli = data["sli"]
            validate_https___slolint_dev_schemas_sloth_v1_prometheusservicelevel_schema_json__definitions_sli(data__sli, custom_formats, name_prefix)
        if "alerting" in data_keys:
            data_keys.remove("alerting")
            data__alerting = data["alerting"]
            validate_https___slolint_dev_schemas_sloth_v1_prometheusservicelevel_schema_json__definitions_alerting(data__alerting, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_sloth_v1_prometheusservicelevel_schema_json__definitions_alerting(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException
        if "labels" in data_keys:
            data_keys.remove("labels")
            data__labels = data["labels"]
            validate_https___slolint_dev_schemas_sloth_v1_prometheusservicelevel_schema_json__definitions_stringmap(data__labels, custom_formats, name_prefix)
        if "annotations" in data_keys:
            data_keys.remove("annotations")
            data__annotations = data["annotations"]
            validate_https___slolint_dev_schemas_sloth_v1_prometheusservicelevel_schema_json__definitions_stringmap(data__annotations, custom_formats, name_prefix)
        if "pageAlert" in data_keys:
            data_keys.remove("pageAlert")
            data__pageAlert = data["pageAlert"]
            validate_https___slolint_dev_schemas_sloth_v1_prometheusservicelevel_schema_json__definitions_alert(data__pageAlert, custom_formats, name_prefix)
        if "ticketAlert" in data_keys:
            data_keys.remove("ticketAlert")
            data__ticketAlert = data["ticketAlert"]
            validate_https___slolint_dev_schemas_sloth_v1_prometheusservicelevel_schema_json__definitions_alert(data__ticketAlert, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['pageAlert', 'ticketAlert']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
            data_keys = set(data.keys())
            if "pageAlert" in data_keys:
                data_keys.remove("pageAlert")
                data__pageAlert = data["pageAlert"]
                data__pageAlert_is_dict = isinstance(data__pageAlert, dict)
                if data__pageAlert_is_dict:
                    data__pageAlert__missing_keys = set(['disable']) - data__pageAlert.keys()
                    if data__pageAlert__missing_keys:
                        raise JsonSchemaValueException
                    data__pageAlert_keys = set(data__pageAlert.keys())
                    if "disable" in data__pageAlert_keys:
                        data__pageAlert_keys.remove("disable")
                        data__pageAlert__disable = data__pageAlert["disable"]
                        if not (isinstance(data__pageAlert__disable, bool) and data__pageAlert__disable is True):
                            raise JsonSchemaValueException
            if "ticketAlert" in data_keys:
                data_keys.remove("ticketAlert")
                data__ticketAlert = data["ticketAlert"]
                data__ticketAlert_is_dict = isinstance(data__ticketAlert, dict)
                if data__ticketAlert_is_dict:
                    data__ticketAlert__missing_keys = set(['disable']) - data__ticketAlert.keys()
                    if data__ticketAlert__missing_keys:
                        raise JsonSchemaValueException
                    data__ticketAlert_keys = set(data__ticketAlert.keys())
                    if "disable" in data__ticketAlert_keys:
                        data__ticketAlert_keys.remove("disable")
                        data__ticketAlert__disable = data__ticketAlert["disable"]
                        if not (isinstance(data__ticketAlert__disable, bool) and data__ticketAlert__disable is True):
                            raise JsonSchemaValueException
    except (JsonSchemaValueException, JsonSchemaValuesException):
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['name']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
            data_keys = set(data.keys())
            if "name" in data_keys:
                data_keys.remove("name")
                data__name = data["name"]
                if isinstance(data__name, str):
                    data__name_len = len(data__name)
                    if data__name_len < 1:
                        raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_sloth_v1_prometheusservicelevel_schema_json__definitions_alert(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "disable" in data_keys:
            data_keys.remove("disable")
            data__disable = data["disable"]
            if not isinstance(data__disable, (bool)):
                raise JsonSchemaValueException
        if "labels" in data_keys:
            data_keys.remove("labels")
            data__labels = data["labels"]
            validate_https___slolint_dev_schemas_sloth_v1_prometheusservicelevel_schema_json__definitions_stringmap(data__labels, custom_formats, name_prefix)
        if "annotations" in data_keys:
            data_keys.remove("annotations")
            data__annotations = data["annotations"]
            validate_https___slolint_dev_schemas_sloth_v1_prometheusservicelevel_schema_json__definitions_stringmap(data__annotations, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_sloth_v1_prometheusservicelevel_schema_json__definitions_sli(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException
        if data_len > 1:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "events" in data_keys:
            data_keys.remove("events")
            data__events = data["events"]
            if not isinstance(data__events, (dict)):
                raise JsonSchemaValueException
            data__events_is_dict = isinstance(data__events, dict)
            if data__events_is_dict:
                data__events__missing_keys = set(['errorQuery', 'totalQuery']) - data__events.keys()
                if data__events__missing_keys:
                    raise JsonSchemaValueException
                data__events_keys = set(data__events.keys())
                if "errorQuery" in data__events_keys:
                    data__events_keys.remove("errorQuery")
                    data__events__errorQuery = data__events["errorQuery"]
                    if not isinstance(data__events__errorQuery, (str)):
                        raise JsonSchemaValueException
                    if isinstance(data__events__errorQuery, str):
                        data__events__errorQuery_len = len(data__events__errorQuery)
                        if data__events__errorQuery_len < 1:
                            raise JsonSchemaValueException
                if "totalQuery" in data__events_keys:
                    data__events_keys.remove("totalQuery")
                    data__events__totalQuery = data__events["totalQuery"]
                    if not isinstance(data__events__totalQuery, (str)):
                        raise JsonSchemaValueException
                    if isinstance(data__events__totalQuery, str):
                        data__events__totalQuery_len = len(data__events__totalQuery)
                        if data__events__totalQuery_len < 1:
                            raise JsonSchemaValueException
                if data__events_keys:
                    raise JsonSchemaValueException
        if "raw" in data_keys:
            data_keys.remove("raw")
            data__raw = data["raw"]
            if not isinstance(data__raw, (dict)):
                raise JsonSchemaValueException
            data__raw_is_dict = isinstance(data__raw, dict)
            if data__raw_is_dict:
                data__raw__missing_keys = set(['errorRatioQuery']) - data__raw.keys()
                if data__raw__missing_keys:
                    raise JsonSchemaValueException
                data__raw_keys = set(data__raw.keys())
                if "errorRatioQuery" in data__raw_keys:
                    data__raw_keys.remove("errorRatioQuery")
                    data__raw__errorRatioQuery = data__raw["errorRatioQuery"]
                    if not isinstance(data__raw__errorRatioQuery, (str)):
                        raise JsonSchemaValueException
                    if isinstance(data__raw__errorRatioQuery, str):
                        data__raw__errorRatioQuery_len = len(data__raw__errorRatioQuery)
                        if data__raw__errorRatioQuery_len < 1:
                            raise JsonSchemaValueException
                if data__raw_keys:
                    raise JsonSchemaValueException
        if "plugin" in data_keys:
            data_keys.remove("plugin")
            data__plugin = data["plugin"]
            if not isinstance(data__plugin, (dict)):
                raise JsonSchemaValueException
            data__plugin_is_dict = isinstance(data__plugin, dict)
            if data__plugin_is_dict:
                data__plugin__missing_keys = set(['id']) - data__plugin.keys()
                if data__plugin__missing_keys:
                    raise JsonSchemaValueException
                data__plugin_keys = set(data__plugin.keys())
                if "id" in data__plugin_keys:
                    data__plugin_keys.remove("id")
                    data__plugin__id = data__plugin["id"]
                    if not isinstance(data__plugin__id, (str)):
                        raise JsonSchemaValueException
                    if isinstance(data__plugin__id, str):
                        data__plugin__id_len = len(data__plugin__id)
                        if data__plugin__id_len < 1:
                            raise JsonSchemaValueException
                if "options" in data__plugin_keys:
                    data__plugin_keys.remove("options")
                    data__plugin__options = data__plugin["options"]
                    validate_https___slolint_dev_schemas_sloth_v1_prometheusservicelevel_schema_json__definitions_stringmap(data__plugin__options, custom_formats, name_prefix)
                if data__plugin_keys:
                    raise JsonSchemaValueException
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_sloth_v1_prometheusservicelevel_schema_json__definitions_plugins(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "overridePrevious" in data_keys:
            data_keys.remove("overridePrevious")
            data__overridePrevious = data["overridePrevious"]
            if not isinstance(data__overridePrevious, (bool)):
                raise JsonSchemaValueException
        if "chain" in data_keys:
            data_keys.remove("chain")
            data__chain = data["chain"]
            if not isinstance(data__chain, (list, tuple)):
                raise JsonSchemaValueException
            data__chain_is_list = isinstance(data__chain, (list, tuple))
            if data__chain_is_list:
                data__chain_len = len(data__chain)
                for data__chain_x, data__chain_item in enumerate(data__chain):
                    if not isinstance(data__chain_item, (dict)):
                        raise JsonSchemaValueException
                    data__chain_item_is_dict = isinstance(data__chain_item, dict)
                    if data__chain_item_is_dict:
                        data__chain_item__missing_keys = set(['id']) - data__chain_item.keys()
                        if data__chain_item__missing_keys:
                            raise JsonSchemaValueException
                        data__chain_item_keys = set(data__chain_item.keys())
                        if "id" in data__chain_item_keys:
                            data__chain_item_keys.remove("id")
                            data__chain_item__id = data__chain_item["id"]
                            if not isinstance(data__chain_item__id, (str)):
                                raise JsonSchemaValueException
                            if isinstance(data__chain_item__id, str):
                                data__chain_item__id_len = len(data__chain_item__id)
                                if data__chain_item__id_len < 1:
                                    raise JsonSchemaValueException
                        if "config" in data__chain_item_keys:
                            data__chain_item_keys.remove("config")
                            data__chain_item__config = data__chain_item["config"]
                        if "priority" in data__chain_item_keys:
                            data__chain_item_keys.remove("priority")
                            data__chain_item__priority = data__chain_item["priority"]
                            if not isinstance(data__chain_item__priority, (int)) and not (isinstance(data__chain_item__priority, float) and data__chain_item__priority.is_integer()) or isinstance(data__chain_item__priority, bool):
                                raise JsonSchemaValueException
                        if data__chain_item_keys:
                            raise JsonSchemaValueException
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_sloth_v1_prometheusservicelevel_schema_json__definitions_stringmap(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        for data_key in data_keys:
            if data_key not in []:
                data_value = data.get(data_key)
                if not isinstance(data_value, (str, int, float, Decimal, bool)):
                    raise JsonSchemaValueException
                if isinstance(data_value, str):
                    data_value_len = len(data_value)
                    if data_value_len < 1:
                        raise JsonSchemaValueException
        data_len = len(data)
        if data_len != 0:
            data_property_names = True
            for data_key in data:
                try:
                    if isinstance(data_key, str):
                        if not REGEX_PATTERNS['^(?!__name__$).+$'].search(data_key):
                            raise JsonSchemaValueException
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    data_property_names = False
            if not data_property_names:
                raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_sloth_v1_prometheusservicelevel_schema_json__definitions_metadata(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException
        if "namespace" in data_keys:
            data_keys.remove("namespace")
            data__namespace = data["namespace"]
            if not isinstance(data__namespace, (str)):
                raise JsonSchemaValueException
        if "labels" in data_keys:
            data_keys.remove("labels")
            data__labels = data["labels"]
            validate_https___slolint_dev_schemas_sloth_v1_prometheusservicelevel_schema_json__definitions_stringmap(data__labels, custom_formats, name_prefix)
        if "annotations" in data_keys:
            data_keys.remove("annotations")
            data__annotations = data["annotations"]
            validate_https___slolint_dev_schemas_sloth_v1_prometheusservicelevel_schema_json__definitions_stringmap(data__annotations, custom_formats, name_prefix)
    return data

def validate_https___slolint_dev_schemas_sloth_v1_sloth_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['version', 'service', 'slos']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "version" in data_keys:
            data_keys.remove("version")
            data__version = data["version"]
            if not (isinstance(data__version, str) and data__version == 'prometheus/v1'):
                raise JsonSchemaValueException
        if "service" in data_keys:
            data_keys.remove("service")
            data__service = data["service"]
            if not isinstance(data__service, (str)):
                raise JsonSchemaValueException
            if isinstance(data__service, str):
                if not REGEX_PATTERNS['^[A-Za-z0-9][-A-Za-z0-9_.]*[A-Za-z0-9]$'].search(data__service):
                    raise JsonSchemaValueException
        if "labels" in data_keys:
            data_keys.remove("labels")
            data__labels = data["labels"]
            validate_https___slolint_dev_schemas_sloth_v1_sloth_schema_json__definitions_stringmap(data__labels, custom_formats, name_prefix)
        if "slo_plugins" in data_keys:
            data_keys.remove("slo_plugins")
            data__sloplugins = data["slo_plugins"]
            validate_https___slolint_dev_schemas_sloth_v1_sloth_schema_json__definitions_plugins(data__sloplugins, custom_formats, name_prefix)
        if "slos" in data_keys:
            data_keys.remove("slos")
            data__slos = data["slos"]
            if not isinstance(data__slos, (list, tuple)):
                raise JsonSchemaValueException
            data__slos_is_list = isinstance(data__slos, (list, tuple))
            if data__slos_is_list:
                data__slos_len = len(data__slos)
                if data__slos_len < 1:
                    raise JsonSchemaValueException
                for data__slos_x, data__slos_item in enumerate(data__slos):
                    validate_https___slolint_dev_schemas_sloth_v1_sloth_schema_json__definitions_slo(data__slos_item, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_sloth_v1_sloth_schema_json__definitions_slo(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name', 'objective', 'sli']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException
            if isinstance(data__name, str):
                if not REGEX_PATTERNS['^[A-Za-z0-9][-A-Za-z0-9_.]*[A-Za-z0-9]$'].search(data__name):
                    raise JsonSchemaValueException
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            if not isinstance(data__description, (str)):
                raise JsonSchemaValueException
        if "objective" in data_keys:
            data_keys.remove("objective")
            data__objective = data["objective"]
            if not isinstance(data__objective, (int, float, Decimal)) or isinstance(data__objective, bool):
                raise JsonSchemaValueException
        if "labels" in data_keys:
            data_keys.remove("labels")
            data__labels = data["labels"]
            validate_https___slolint_dev_schemas_sloth_v1_sloth_schema_json__definitions_stringmap(data__labels, custom_formats, name_prefix)
        if "plugins" in data_keys:
            data_keys.remove("plugins")
            data__plugins = data["plugins"]
            validate_https___slolint_dev_schemas_sloth_v1_sloth_schema_json__definitions_plugins(data__plugins, custom_formats, name_prefix)
        if "sli" in data_keys:
            data_keys.remove("sli")
            data__sli = data["sli"]
            validate_https___slolint_dev_schemas_sloth_v1_sloth_schema_json__definitions_sli(data__sli, custom_formats, name_prefix)
        if "alerting" in data_keys:
            data_keys.remove("alerting")
            data__alerting = data["alerting"]
            validate_https___slolint_dev_schemas_sloth_v1_sloth_schema_json__definitions_alerting(data__alerting, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_sloth_v1_sloth_schema_json__definitions_alerting(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException
        if "labels" in data_keys:
            data_keys.remove("labels")
            data__labels = data["labels"]
            validate_https___slolint_dev_schemas_sloth_v1_sloth_schema_json__definitions_stringmap(data__labels, custom_formats, name_prefix)
        if "annotations" in data_keys:
            data_keys.remove("annotations")
            data__annotations = data["annotations"]
            validate_https___slolint_dev_schemas_sloth_v1_sloth_schema_json__definitions_stringmap(data__annotations, custom_formats, name_prefix)
        if "page_alert" in data_keys:
            data_keys.remove("page_alert")
            data__pagealert = data["page_alert"]
            validate_https___slolint_dev_schemas_sloth_v1_sloth_schema_json__definitions_alert(data__pagealert, custom_formats, name_prefix)
        if "ticket_alert" in data_keys:
            data_keys.remove("ticket_alert")
            data__ticketalert = data["ticket_alert"]
            validate_https___slolint_dev_schemas_sloth_v1_sloth_schema_json__definitions_alert(data__ticketalert, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['page_alert', 'ticket_alert']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
            data_keys = set(data.keys())
            if "page_alert" in data_keys:
                data_keys.remove("page_alert")
                data__pagealert = data["page_alert"]
                data__pagealert_is_dict = isinstance(data__pagealert, dict)
                if data__pagealert_is_dict:
                    data__pagealert__missing_keys = set(['disable']) - data__pagealert.keys()
                    if data__pagealert__missing_keys:
                        raise JsonSchemaValueException
                    data__pagealert_keys = set(data__pagealert.keys())
                    if "disable" in data__pagealert_keys:
                        data__pagealert_keys.remove("disable")
                        data__pagealert__disable = data__pagealert["disable"]
                        if not (isinstance(data__pagealert__disable, bool) and data__pagealert__disable is True):
                            raise JsonSchemaValueException
            if "ticket_alert" in data_keys:
                data_keys.remove("ticket_alert")
                data__ticketalert = data["ticket_alert"]
                data__ticketalert_is_dict = isinstance(data__ticketalert, dict)
                if data__ticketalert_is_dict:
                    data__ticketalert__missing_keys = set(['disable']) - data__ticketalert.keys()
                    if data__ticketalert__missing_keys:
                        raise JsonSchemaValueException
                    data__ticketalert_keys = set(data__ticketalert.keys())
                    if "disable" in data__ticketalert_keys:
                        data__ticketalert_keys.remove("disable")
                        data__ticketalert__disable = data__ticketalert["disable"]
                        if not (isinstance(data__ticketalert__disable, bool) and data__ticketalert__disable is True):
                            raise JsonSchemaValueException
    except (JsonSchemaValueException, JsonSchemaValuesException):
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['name']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
            data_keys = set(data.keys())
            if "name" in data_keys:
                data_keys.remove("name")
                data__name = data["name"]
                if isinstance(data__name, str):
                    data__name_len = len(data__name)
                    if data__name_len < 1:
                        raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_sloth_v1_sloth_schema_json__definitions_alert(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "disable" in data_keys:
            data_keys.remove("disable")
            data__disable = data["disable"]
            if not isinstance(data__disable, (bool)):
                raise JsonSchemaValueException
        if "labels" in data_keys:
            data_keys.remove("labels")
            data__labels = data["labels"]
            validate_https___slolint_dev_schemas_sloth_v1_sloth_schema_json__definitions_stringmap(data__labels, custom_formats, name_prefix)
        if "annotations" in data_keys:
            data_keys.remove("annotations")
            data__annotations = data["annotations"]
            validate_https___slolint_dev_schemas_sloth_v1_sloth_schema_json__definitions_stringmap(data__annotations, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_sloth_v1_sloth_schema_json__definitions_sli(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException
        if data_len > 1:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "events" in data_keys:
            data_keys.remove("events")
            data__events = data["events"]
            if not isinstance(data__events, (dict)):
                raise JsonSchemaValueException
            data__events_is_dict = isinstance(data__events, dict)
            if data__events_is_dict:
                data__events__missing_keys = set(['error_query', 'total_query']) - data__events.keys()
                if data__events__missing_keys:
                    raise JsonSchemaValueException
                data__events_keys = set(data__events.keys())
                if "error_query" in data__events_keys:
                    data__events_keys.remove("error_query")
                    data__events__errorquery = data__events["error_query"]
                    if not isinstance(data__events__errorquery, (str)):
                        raise JsonSchemaValueException
                    if isinstance(data__events__errorquery, str):
                        data__events__errorquery_len = len(data__events__errorquery)
                        if data__events__errorquery_len < 1:
                            raise JsonSchemaValueException
                if "total_query" in data__events_keys:
                    data__events_keys.remove("total_query")
                    data__events__totalquery = data__events["total_query"]
                    if not isinstance(data__events__totalquery, (str)):
                        raise JsonSchemaValueException
                    if isinstance(data__events__totalquery, str):
                        data__events__totalquery_len = len(data__events__totalquery)
                        if data__events__totalquery_len < 1:
                            raise JsonSchemaValueException
                if data__events_keys:
                    raise JsonSchemaValueException
        if "raw" in data_keys:
            data_keys.remove("raw")
            data__raw = data["raw"]
            if not isinstance(data__raw, (dict)):
                raise JsonSchemaValueException
            data__raw_is_dict = isinstance(data__raw, dict)
            if data__raw_is_dict:
                data__raw__missing_keys = set(['error_ratio_query']) - data__raw.keys()
                if data__raw__missing_keys:
                    raise JsonSchemaValueException
                data__raw_keys = set(data__raw.keys())
                if "error_ratio_query" in data__raw_keys:
                    data__raw_keys.remove("error_ratio_query")
                    data__raw__errorratioquery = data__raw["error_ratio_query"]
                    if not isinstance(data__raw__errorratioquery, (str)):
                        raise JsonSchemaValueException
                    if isinstance(data__raw__errorratioquery, str):
                        data__raw__errorratioquery_len = len(data__raw__errorratioquery)
                        if data__raw__errorratioquery_len < 1:
                            raise JsonSchemaValueException
                if data__raw_keys:
                    raise JsonSchemaValueException
        if "plugin" in data_keys:
            data_keys.remove("plugin")
            data__plugin = data["plugin"]
            if not isinstance(data__plugin, (dict)):
                raise JsonSchemaValueException
            data__plugin_is_dict = isinstance(data__plugin, dict)
            if data__plugin_is_dict:
                data__plugin__missing_keys = set(['id']) - data__plugin.keys()
                if data__plugin__missing_keys:
                    raise JsonSchemaValueException
                data__plugin_keys = set(data__plugin.keys())
                if "id" in data__plugin_keys:
                    data__plugin_keys.remove("id")
                    data__plugin__id = data__plugin["id"]
                    if not isinstance(data__plugin__id, (str)):
                        raise JsonSchemaValueException
                    if isinstance(data__plugin__id, str):
                        data__plugin__id_len = len(data__plugin__id)
                        if data__plugin__id_len < 1:
                            raise JsonSchemaValueException
                if "options" in data__plugin_keys:
                    data__plugin_keys.remove("options")
                    data__plugin__options = data__plugin["options"]
                    validate_https___slolint_dev_schemas_sloth_v1_sloth_schema_json__definitions_stringmap(data__plugin__options, custom_formats, name_prefix)
                if data__plugin_keys:
                    raise JsonSchemaValueException
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_sloth_v1_sloth_schema_json__definitions_plugins(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "overridePrevious" in data_keys:
            data_keys.remove("overridePrevious")
            data__overridePrevious = data["overridePrevious"]
            if not isinstance(data__overridePrevious, (bool)):
                raise JsonSchemaValueException
        if "chain" in data_keys:
            data_keys.remove("chain")
            data__chain = data["chain"]
            if not isinstance(data__chain, (list, tuple)):
                raise JsonSchemaValueException
            data__chain_is_list = isinstance(data__chain, (list, tuple))
            if data__chain_is_list:
                data__chain_len = len(data__chain)
                for data__chain_x, data__chain_item in enumerate(data__chain):
                    if not isinstance(data__chain_item, (dict)):
                        raise JsonSchemaValueException
                    data__chain_item_is_dict = isinstance(data__chain_item, dict)
                    if data__chain_item_is_dict:
                        data__chain_item__missing_keys = set(['id']) - data__chain_item.keys()
                        if data__chain_item__missing_keys:
                            raise JsonSchemaValueException
                        data__chain_item_keys = set(data__chain_item.keys())
                        if "id" in data__chain_item_keys:
                            data__chain_item_keys.remove("id")
                            data__chain_item__id = data__chain_item["id"]
                            if not isinstance(data__chain_item__id, (str)):
                                raise JsonSchemaValueException
                            if isinstance(data__chain_item__id, str):
                                data__chain_item__id_len = len(data__chain_item__id)
                                if data__chain_item__id_len < 1:
                                    raise JsonSchemaValueException
                        if "config" in data__chain_item_keys:
                            data__chain_item_keys.remove("config")
                            data__chain_item__config = data__chain_item["config"]
                        if "priority" in data__chain_item_keys:
                            data__chain_item_keys.remove("priority")
                            data__chain_item__priority = data__chain_item["priority"]
                            if not isinstance(data__chain_item__priority, (int)) and not (isinstance(data__chain_item__priority, float) and data__chain_item__priority.is_integer()) or isinstance(data__chain_item__priority, bool):
                                raise JsonSchemaValueException
                        if data__chain_item_keys:
                            raise JsonSchemaValueException
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_sloth_v1_sloth_schema_json__definitions_stringmap(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        for data_key in data_keys:
            if data_key not in []:
                data_value = data.get(data_key)
                if not isinstance(data_value, (str, int, float, Decimal, bool)):
                    raise JsonSchemaValueException
                if isinstance(data_value, str):
                    data_value_len = len(data_value)
                    if data_value_len < 1:
                        raise JsonSchemaValueException
        data_len = len(data)
        if data_len != 0:
            data_property_names = True
            for data_key in data:
                try:
                    if isinstance(data_key, str):
                        if not REGEX_PATTERNS['^(?!__name__$).+$'].search(data_key):
                            raise JsonSchemaValueException
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    data_property_names = False
            if not data_property_names:
                raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_slolint_v1alpha1_errorbudgetpolicy_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['apiVersion', 'kind', 'metadata', 'spec']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "apiVersion" in data_keys:
            data_keys.remove("apiVersion")
            data__apiVersion = data["apiVersion"]
            if not (isinstance(data__apiVersion, str) and data__apiVersion == 'slolint.dev/v1alpha1'):
                raise JsonSchemaValueException
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'ErrorBudgetPolicy'):
                raise JsonSchemaValueException
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_metadata(data__metadata, custom_formats, name_prefix)
        if "spec" in data_keys:
            data_keys.remove("spec")
            data__spec = data["spec"]
            validate_https___slolint_dev_schemas_slolint_v1alpha1_errorbudgetpolicy_schema_json__definitions_spec(data__spec, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_slolint_v1alpha1_errorbudgetpolicy_schema_json__definitions_spec(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['scope', 'owner', 'triggers']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_description(data__description, custom_formats, name_prefix)
        if "scope" in data_keys:
            data_keys.remove("scope")
            data__scope = data["scope"]
            validate_https___slolint_dev_schemas_slolint_v1alpha1_defs_schema_json__definitions_slorefset(data__scope, custom_formats, name_prefix)
        if "owner" in data_keys:
            data_keys.remove("owner")
            data__owner = data["owner"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_nonemptystring(data__owner, custom_formats, name_prefix)
        if "authors" in data_keys:
            data_keys.remove("authors")
            data__authors = data["authors"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_stringlist(data__authors, custom_formats, name_prefix)
        if "reviewers" in data_keys:
            data_keys.remove("reviewers")
            data__reviewers = data["reviewers"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_stringlist(data__reviewers, custom_formats, name_prefix)
        if "approvers" in data_keys:
            data_keys.remove("approvers")
            data__approvers = data["approvers"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_stringlist(data__approvers, custom_formats, name_prefix)
        if "approvalDate" in data_keys:
            data_keys.remove("approvalDate")
            data__approvalDate = data["approvalDate"]
            validate_https___slolint_dev_schemas_slolint_v1alpha1_defs_schema_json__definitions_date(data__approvalDate, custom_formats, name_prefix)
        if "revisitDate" in data_keys:
            data_keys.remove("revisitDate")
            data__revisitDate = data["revisitDate"]
            validate_https___slolint_dev_schemas_slolint_v1alpha1_defs_schema_json__definitions_date(data__revisitDate, custom_formats, name_prefix)
        if "goals" in data_keys:
            data_keys.remove("goals")
            data__goals = data["goals"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_stringlist(data__goals, custom_formats, name_prefix)
        if "nonGoals" in data_keys:
            data_keys.remove("nonGoals")
            data__nonGoals = data["nonGoals"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_stringlist(data__nonGoals, custom_formats, name_prefix)
        if "triggers" in data_keys:
            data_keys.remove("triggers")
            data__triggers = data["triggers"]
            if not isinstance(data__triggers, (list, tuple)):
                raise JsonSchemaValueException
            data__triggers_is_list = isinstance(data__triggers, (list, tuple))
            if data__triggers_is_list:
                data__triggers_len = len(data__triggers)
                if data__triggers_len < 1:
                    raise JsonSchemaValueException
                for data__triggers_x, data__triggers_item in enumerate(data__triggers):
                    validate_https___slolint_dev_schemas_slolint_v1alpha1_errorbudgetpolicy_schema_json__definitions_trigger(data__triggers_item, custom_formats, name_prefix)
        if "causeRules" in data_keys:
            data_keys.remove("causeRules")
            data__causeRules = data["causeRules"]
            validate_https___slolint_dev_schemas_slolint_v1alpha1_errorbudgetpolicy_schema_json__definitions_causerules(data__causeRules, custom_formats, name_prefix)
        if "escalation" in data_keys:
            data_keys.remove("escalation")
            data__escalation = data["escalation"]
            validate_https___slolint_dev_schemas_slolint_v1alpha1_errorbudgetpolicy_schema_json__definitions_escalation(data__escalation, custom_formats, name_prefix)
        if "background" in data_keys:
            data_keys.remove("background")
            data__background = data["background"]
            if not isinstance(data__background, (str)):
                raise JsonSchemaValueException
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_slolint_v1alpha1_errorbudgetpolicy_schema_json__definitions_escalation(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "path" in data_keys:
            data_keys.remove("path")
            data__path = data["path"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_stringlist(data__path, custom_formats, name_prefix)
        if "disputeResolver" in data_keys:
            data_keys.remove("disputeResolver")
            data__disputeResolver = data["disputeResolver"]
            if not isinstance(data__disputeResolver, (str)):
                raise JsonSchemaValueException
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_slolint_v1alpha1_errorbudgetpolicy_schema_json__definitions_causerules(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "mustWorkOnReliability" in data_keys:
            data_keys.remove("mustWorkOnReliability")
            data__mustWorkOnReliability = data["mustWorkOnReliability"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_stringlist(data__mustWorkOnReliability, custom_formats, name_prefix)
        if "mayContinueFeatures" in data_keys:
            data_keys.remove("mayContinueFeatures")
            data__mayContinueFeatures = data["mayContinueFeatures"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_stringlist(data__mayContinueFeatures, custom_formats, name_prefix)
        if "dependencyOutages" in data_keys:
            data_keys.remove("dependencyOutages")
            data__dependencyOutages = data["dependencyOutages"]
            if not (isinstance(data__dependencyOutages, str) and data__dependencyOutages == 'freeze' or isinstance(data__dependencyOutages, str) and data__dependencyOutages == 'noFreeze'):
                raise JsonSchemaValueException
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_slolint_v1alpha1_errorbudgetpolicy_schema_json__definitions_trigger(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name', 'when', 'actions']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_nonemptystring(data__name, custom_formats, name_prefix)
        if "when" in data_keys:
            data_keys.remove("when")
            data__when = data["when"]
            validate_https___slolint_dev_schemas_slolint_v1alpha1_errorbudgetpolicy_schema_json__definitions_when(data__when, custom_formats, name_prefix)
        if "actions" in data_keys:
            data_keys.remove("actions")
            data__actions = data["actions"]
            if not isinstance(data__actions, (list, tuple)):
                raise JsonSchemaValueException
            data__actions_is_list = isinstance(data__actions, (list, tuple))
            if data__actions_is_list:
                data__actions_len = len(data__actions)
                if data__actions_len < 1:
                    raise JsonSchemaValueException
                for data__actions_x, data__actions_item in enumerate(data__actions):
                    validate_https___slolint_dev_schemas_slolint_v1alpha1_errorbudgetpolicy_schema_json__definitions_action(data__actions_item, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_slolint_v1alpha1_errorbudgetpolicy_schema_json__definitions_action(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['type']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not (isinstance(data__type, str) and data__type == 'releaseFreeze' or isinstance(data__type, str) and data__type == 'changeHalt' or isinstance(data__type, str) and data__type == 'reliabilityFocus' or isinstance(data__type, str) and data__type == 'postmortem' or isinstance(data__type, str) and data__type == 'planningItem' or isinstance(data__type, str) and data__type == 'page' or isinstance(data__type, str) and data__type == 'ticket' or isinstance(data__type, str) and data__type == 'notify'):
                raise JsonSchemaValueException
        if "actor" in data_keys:
            data_keys.remove("actor")
            data__actor = data["actor"]
            if not isinstance(data__actor, (str)):
                raise JsonSchemaValueException
        if "exceptions" in data_keys:
            data_keys.remove("exceptions")
            data__exceptions = data["exceptions"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_stringlist(data__exceptions, custom_formats, name_prefix)
        if "until" in data_keys:
            data_keys.remove("until")
            data__until = data["until"]
            if not isinstance(data__until, (str, dict)):
                raise JsonSchemaValueException
            data__until_is_dict = isinstance(data__until, dict)
            if data__until_is_dict:
                data__until_keys = set(data__until.keys())
                if "budgetRecovered" in data__until_keys:
                    data__until_keys.remove("budgetRecovered")
                    data__until__budgetRecovered = data__until["budgetRecovered"]
                    if not isinstance(data__until__budgetRecovered, (int, float, Decimal)) or isinstance(data__until__budgetRecovered, bool):
                        raise JsonSchemaValueException
                    if isinstance(data__until__budgetRecovered, (int, float, Decimal)) and not isinstance(data__until__budgetRecovered, bool):
                        if data__until__budgetRecovered > 1:
                            raise JsonSchemaValueException
                        if data__until__budgetRecovered <= 0:
                            raise JsonSchemaValueException
                if data__until_keys:
                    raise JsonSchemaValueException
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            if not isinstance(data__description, (str)):
                raise JsonSchemaValueException
        if "requires" in data_keys:
            data_keys.remove("requires")
            data__requires = data["requires"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_stringlist(data__requires, custom_formats, name_prefix)
        if "priority" in data_keys:
            data_keys.remove("priority")
            data__priority = data["priority"]
            if not isinstance(data__priority, (str)):
                raise JsonSchemaValueException
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_slolint_v1alpha1_errorbudgetpolicy_schema_json__definitions_when(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_one_of_count2 = 0
    if data_one_of_count2 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['budgetConsumed']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count2 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count2 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['budgetRemaining']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count2 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count2 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['burnRate']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count2 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count2 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['singleIncidentBudget']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count2 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count2 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['outageClassBudget']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count2 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count2 != 1:
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if "shortWindow" in data:
            if "burnRate" not in data:
                raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "budgetConsumed" in data_keys:
            data_keys.remove("budgetConsumed")
            data__budgetConsumed = data["budgetConsumed"]
            if not isinstance(data__budgetConsumed, (int, float, Decimal)) or isinstance(data__budgetConsumed, bool):
                raise JsonSchemaValueException
            if isinstance(data__budgetConsumed, (int, float, Decimal)) and not isinstance(data__budgetConsumed, bool):
                if data__budgetConsumed > 10:
                    raise JsonSchemaValueException
                if data__budgetConsumed <= 0:
                    raise JsonSchemaValueException
        if "budgetRemaining" in data_keys:
            data_keys.remove("budgetRemaining")
            data__budgetRemaining = data["budgetRemaining"]
            if not isinstance(data__budgetRemaining, (int, float, Decimal)) or isinstance(data__budgetRemaining, bool):
                raise JsonSchemaValueException
            if isinstance(data__budgetRemaining, (int, float, Decimal)) and not isinstance(data__budgetRemaining, bool):
                if data__budgetRemaining < 0:
                    raise JsonSchemaValueException
                if data__budgetRemaining >= 1:
                    raise JsonSchemaValueException
        if "burnRate" in data_keys:
            data_keys.remove("burnRate")
            data__burnRate = data["burnRate"]
            if not isinstance(data__burnRate, (int, float, Decimal)) or isinstance(data__burnRate, bool):
                raise JsonSchemaValueException
            if isinstance(data__burnRate, (int, float, Decimal)) and not isinstance(data__burnRate, bool):
                if data__burnRate <= 0:
                    raise JsonSchemaValueException
        if "singleIncidentBudget" in data_keys:
            data_keys.remove("singleIncidentBudget")
            data__singleIncidentBudget = data["singleIncidentBudget"]
            if not isinstance(data__singleIncidentBudget, (int, float, Decimal)) or isinstance(data__singleIncidentBudget, bool):
                raise JsonSchemaValueException
            if isinstance(data__singleIncidentBudget, (int, float, Decimal)) and not isinstance(data__singleIncidentBudget, bool):
                if data__singleIncidentBudget > 1:
                    raise JsonSchemaValueException
                if data__singleIncidentBudget <= 0:
                    raise JsonSchemaValueException
        if "outageClassBudget" in data_keys:
            data_keys.remove("outageClassBudget")
            data__outageClassBudget = data["outageClassBudget"]
            if not isinstance(data__outageClassBudget, (int, float, Decimal)) or isinstance(data__outageClassBudget, bool):
                raise JsonSchemaValueException
            if isinstance(data__outageClassBudget, (int, float, Decimal)) and not isinstance(data__outageClassBudget, bool):
                if data__outageClassBudget > 1:
                    raise JsonSchemaValueException
                if data__outageClassBudget <= 0:
                    raise JsonSchemaValueException
        if "window" in data_keys:
            data_keys.remove("window")
            data__window = data["window"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_durationshorthand(data__window, custom_formats, name_prefix)
        if "shortWindow" in data_keys:
            data_keys.remove("shortWindow")
            data__shortWindow = data["shortWindow"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_durationshorthand(data__shortWindow, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['burnRate']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['window']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_durationshorthand(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException
    if isinstance(data, str):
        if not REGEX_PATTERNS['^[0-9]+[mhdwMQY]$'].search(data):
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_slolint_v1alpha1_defs_schema_json__definitions_date(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException
    if isinstance(data, str):
        if not REGEX_PATTERNS['^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'].search(data):
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_stringlist(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        for data_x, data_item in enumerate(data):
            if not isinstance(data_item, (str)):
                raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_nonemptystring(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_slolint_v1alpha1_defs_schema_json__definitions_slorefset(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "sloRefs" in data_keys:
            data_keys.remove("sloRefs")
            data__sloRefs = data["sloRefs"]
            if not isinstance(data__sloRefs, (list, tuple)):
                raise JsonSchemaValueException
            data__sloRefs_is_list = isinstance(data__sloRefs, (list, tuple))
            if data__sloRefs_is_list:
                data__sloRefs_len = len(data__sloRefs)
                for data__sloRefs_x, data__sloRefs_item in enumerate(data__sloRefs):
                    validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_nonemptystring(data__sloRefs_item, custom_formats, name_prefix)
        if "selector" in data_keys:
            data_keys.remove("selector")
            data__selector = data["selector"]
            validate_https___slolint_dev_schemas_slolint_v1alpha1_defs_schema_json__definitions_labelselector(data__selector, custom_formats, name_prefix)
        if "exclude" in data_keys:
            data_keys.remove("exclude")
            data__exclude = data["exclude"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_stringlist(data__exclude, custom_formats, name_prefix)
        if "excludeAspirational" in data_keys:
            data_keys.remove("excludeAspirational")
            data__excludeAspirational = data["excludeAspirational"]
            if not isinstance(data__excludeAspirational, (bool)):
                raise JsonSchemaValueException
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_slolint_v1alpha1_defs_schema_json__definitions_labelselector(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "matchLabels" in data_keys:
            data_keys.remove("matchLabels")
            data__matchLabels = data["matchLabels"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_labels(data__matchLabels, custom_formats, name_prefix)
        if "matchExpressions" in data_keys:
            data_keys.remove("matchExpressions")
            data__matchExpressions = data["matchExpressions"]
            if not isinstance(data__matchExpressions, (list, tuple)):
                raise JsonSchemaValueException
            data__matchExpressions_is_list = isinstance(data__matchExpressions, (list, tuple))
            if data__matchExpressions_is_list:
                data__matchExpressions_len = len(data__matchExpressions)
                for data__matchExpressions_x, data__matchExpressions_item in enumerate(data__matchExpressions):
                    validate_https___slolint_dev_schemas_slolint_v1alpha1_defs_schema_json__definitions_labelselectorrequirement(data__matchExpressions_item, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_slolint_v1alpha1_defs_schema_json__definitions_labelselectorrequirement(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['operator']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
            data_keys = set(data.keys())
            if "operator" in data_keys:
                data_keys.remove("operator")
                data__operator = data["operator"]
                if not (isinstance(data__operator, str) and data__operator == 'In' or isinstance(data__operator, str) and data__operator == 'NotIn'):
                    raise JsonSchemaValueException
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['values']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
            data_keys = set(data.keys())
            if "values" in data_keys:
                data_keys.remove("values")
                data__values = data["values"]
                data__values_is_list = isinstance(data__values, (list, tuple))
                if data__values_is_list:
                    data__values_len = len(data__values)
                    if data__values_len < 1:
                        raise JsonSchemaValueException
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['operator']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
            data_keys = set(data.keys())
            if "operator" in data_keys:
                data_keys.remove("operator")
                data__operator = data["operator"]
                if not (isinstance(data__operator, str) and data__operator == 'Exists' or isinstance(data__operator, str) and data__operator == 'DoesNotExist'):
                    raise JsonSchemaValueException
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['values']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
        else:
            raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['key', 'operator']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "key" in data_keys:
            data_keys.remove("key")
            data__key = data["key"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_nonemptystring(data__key, custom_formats, name_prefix)
        if "operator" in data_keys:
            data_keys.remove("operator")
            data__operator = data["operator"]
            if not (isinstance(data__operator, str) and data__operator == 'In' or isinstance(data__operator, str) and data__operator == 'NotIn' or isinstance(data__operator, str) and data__operator == 'Exists' or isinstance(data__operator, str) and data__operator == 'DoesNotExist'):
                raise JsonSchemaValueException
        if "values" in data_keys:
            data_keys.remove("values")
            data__values = data["values"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_stringlist(data__values, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_labels(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        for data_key in data_keys:
            if data_key not in []:
                data_value = data.get(data_key)
                if not isinstance(data_value, (str, list, tuple)):
                    raise JsonSchemaValueException
                data_value_is_list = isinstance(data_value, (list, tuple))
                if data_value_is_list:
                    data_value_len = len(data_value)
                    for data_value_x, data_value_item in enumerate(data_value):
                        if not isinstance(data_value_item, (str)):
                            raise JsonSchemaValueException
        data_len = len(data)
        if data_len != 0:
            data_property_names = True
            for data_key in data:
                try:
                    if isinstance(data_key, str):
                        if not REGEX_PATTERNS['^[a-zA-Z0-9]([-._a-zA-Z0-9]{0,61}[a-zA-Z0-9])?$'].search(data_key):
                            raise JsonSchemaValueException
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    data_property_names = False
            if not data_property_names:
                raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_description(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException
    if isinstance(data, str):
        data_len = len(data)
        if data_len > 1050:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_metadata(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_name(data__name, custom_formats, name_prefix)
        if "displayName" in data_keys:
            data_keys.remove("displayName")
            data__displayName = data["displayName"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_displayname(data__displayName, custom_formats, name_prefix)
        if "labels" in data_keys:
            data_keys.remove("labels")
            data__labels = data["labels"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_labels(data__labels, custom_formats, name_prefix)
        if "annotations" in data_keys:
            data_keys.remove("annotations")
            data__annotations = data["annotations"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_annotations(data__annotations, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_annotations(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        for data_key in data_keys:
            if data_key not in []:
                data_value = data.get(data_key)
                if not isinstance(data_value, (str)):
                    raise JsonSchemaValueException
        data_len = len(data)
        if data_len != 0:
            data_property_names = True
            for data_key in data:
                try:
                    if isinstance(data_key, str):
                        if not REGEX_PATTERNS['^(?=(.{0,253}/)?.{0,63}$)([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*/)?[a-zA-Z0-9]([-._a-zA-Z0-9]{0,61}[a-zA-Z0-9])?$'].search(data_key):
                            raise JsonSchemaValueException
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    data_property_names = False
            if not data_property_names:
                raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_displayname(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException
    if isinstance(data, str):
        data_len = len(data)
        if data_len > 63:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_name(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException
    if isinstance(data, str):
        data_len = len(data)
        if data_len > 63:
            raise JsonSchemaValueException
        if not REGEX_PATTERNS['^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'].search(data):
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_slolint_v1alpha1_sla_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['apiVersion', 'kind', 'metadata', 'spec']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "apiVersion" in data_keys:
            data_keys.remove("apiVersion")
            data__apiVersion = data["apiVersion"]
            if not (isinstance(data__apiVersion, str) and data__apiVersion == 'slolint.dev/v1alpha1'):
                raise JsonSchemaValueException
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'SLA'):
                raise JsonSchemaValueException
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_metadata(data__metadata, custom_formats, name_prefix)
        if "spec" in data_keys:
            data_keys.remove("spec")
            data__spec = data["spec"]
            validate_https___slolint_dev_schemas_slolint_v1alpha1_sla_schema_json__definitions_spec(data__spec, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_slolint_v1alpha1_sla_schema_json__definitions_spec(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['service', 'objectives']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_description(data__description, custom_formats, name_prefix)
        if "service" in data_keys:
            data_keys.remove("service")
            data__service = data["service"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_nonemptystring(data__service, custom_formats, name_prefix)
        if "owner" in data_keys:
            data_keys.remove("owner")
            data__owner = data["owner"]
            if not isinstance(data__owner, (str)):
                raise JsonSchemaValueException
        if "effectiveDate" in data_keys:
            data_keys.remove("effectiveDate")
            data__effectiveDate = data["effectiveDate"]
            validate_https___slolint_dev_schemas_slolint_v1alpha1_defs_schema_json__definitions_date(data__effectiveDate, custom_formats, name_prefix)
        if "revisitDate" in data_keys:
            data_keys.remove("revisitDate")
            data__revisitDate = data["revisitDate"]
            validate_https___slolint_dev_schemas_slolint_v1alpha1_defs_schema_json__definitions_date(data__revisitDate, custom_formats, name_prefix)
        if "backedBy" in data_keys:
            data_keys.remove("backedBy")
            data__backedBy = data["backedBy"]
            validate_https___slolint_dev_schemas_slolint_v1alpha1_defs_schema_json__definitions_slorefset(data__backedBy, custom_formats, name_prefix)
        if "objectives" in data_keys:
            data_keys.remove("objectives")
            data__objectives = data["objectives"]
            if not isinstance(data__objectives, (list, tuple)):
                raise JsonSchemaValueException
            data__objectives_is_list = isinstance(data__objectives, (list, tuple))
            if data__objectives_is_list:
                data__objectives_len = len(data__objectives)
                if data__objectives_len < 1:
                    raise JsonSchemaValueException
                for data__objectives_x, data__objectives_item in enumerate(data__objectives):
                    validate_https___slolint_dev_schemas_slolint_v1alpha1_sla_schema_json__definitions_objective(data__objectives_item, custom_formats, name_prefix)
        if "consequences" in data_keys:
            data_keys.remove("consequences")
            data__consequences = data["consequences"]
            if not isinstance(data__consequences, (list, tuple)):
                raise JsonSchemaValueException
            data__consequences_is_list = isinstance(data__consequences, (list, tuple))
            if data__consequences_is_list:
                data__consequences_len = len(data__consequences)
                for data__consequences_x, data__consequences_item in enumerate(data__consequences):
                    validate_https___slolint_dev_schemas_slolint_v1alpha1_sla_schema_json__definitions_consequence(data__consequences_item, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_slolint_v1alpha1_sla_schema_json__definitions_consequence(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_one_of_count3 = 0
    if data_one_of_count3 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['belowPercent']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count3 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count3 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['below']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count3 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count3 != 1:
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "belowPercent" in data_keys:
            data_keys.remove("belowPercent")
            data__belowPercent = data["belowPercent"]
            if not isinstance(data__belowPercent, (int, float, Decimal)) or isinstance(data__belowPercent, bool):
                raise JsonSchemaValueException
            if isinstance(data__belowPercent, (int, float, Decimal)) and not isinstance(data__belowPercent, bool):
                if data__belowPercent <= 0:
                    raise JsonSchemaValueException
                if data__belowPercent >= 100:
                    raise JsonSchemaValueException
        if "below" in data_keys:
            data_keys.remove("below")
            data__below = data["below"]
            if not isinstance(data__below, (int, float, Decimal)) or isinstance(data__below, bool):
                raise JsonSchemaValueException
            if isinstance(data__below, (int, float, Decimal)) and not isinstance(data__below, bool):
                if data__below <= 0:
                    raise JsonSchemaValueException
                if data__below >= 1:
                    raise JsonSchemaValueException
        if "credit" in data_keys:
            data_keys.remove("credit")
            data__credit = data["credit"]
            if not isinstance(data__credit, (str, int, float, Decimal)) or isinstance(data__credit, bool):
                raise JsonSchemaValueException
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            if not isinstance(data__description, (str)):
                raise JsonSchemaValueException
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_slolint_v1alpha1_sla_schema_json__definitions_objective(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_one_of_count4 = 0
    if data_one_of_count4 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['target']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count4 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count4 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['targetPercent']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count4 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count4 != 1:
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if "op" in data:
            if "value" not in data:
                raise JsonSchemaValueException
        if "value" in data:
            if "op" not in data:
                raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException
        if "indicatorRef" in data_keys:
            data_keys.remove("indicatorRef")
            data__indicatorRef = data["indicatorRef"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_name(data__indicatorRef, custom_formats, name_prefix)
        if "target" in data_keys:
            data_keys.remove("target")
            data__target = data["target"]
            if not isinstance(data__target, (int, float, Decimal)) or isinstance(data__target, bool):
                raise JsonSchemaValueException
        if "targetPercent" in data_keys:
            data_keys.remove("targetPercent")
            data__targetPercent = data["targetPercent"]
            if not isinstance(data__targetPercent, (int, float, Decimal)) or isinstance(data__targetPercent, bool):
                raise JsonSchemaValueException
        if "budgetingMethod" in data_keys:
            data_keys.remove("budgetingMethod")
            data__budgetingMethod = data["budgetingMethod"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_budgetingmethod(data__budgetingMethod, custom_formats, name_prefix)
        if "timeWindow" in data_keys:
            data_keys.remove("timeWindow")
            data__timeWindow = data["timeWindow"]
            validate_https___slolint_dev_schemas_slolint_v1alpha1_defs_schema_json__definitions_timewindow(data__timeWindow, custom_formats, name_prefix)
        if "exclusions" in data_keys:
            data_keys.remove("exclusions")
            data__exclusions = data["exclusions"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_stringlist(data__exclusions, custom_formats, name_prefix)
        if "op" in data_keys:
            data_keys.remove("op")
            data__op = data["op"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_operator(data__op, custom_formats, name_prefix)
        if "value" in data_keys:
            data_keys.remove("value")
            data__value = data["value"]
            if not isinstance(data__value, (int, float, Decimal)) or isinstance(data__value, bool):
                raise JsonSchemaValueException
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_operator(data, custom_formats={}, name_prefix=None):
    if not (isinstance(data, str) and data == 'gt' or isinstance(data, str) and data == 'lt' or isinstance(data, str) and data == 'gte' or isinstance(data, str) and data == 'lte'):
        raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_slolint_v1alpha1_defs_schema_json__definitions_timewindow(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException
        if data_len > 1:
            raise JsonSchemaValueException
        for data_x, data_item in enumerate(data):
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_timewindowentry(data_item, custom_formats, name_prefix)
    return data

def validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_timewindowentry(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['duration']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "duration" in data_keys:
            data_keys.remove("duration")
            data__duration = data["duration"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_durationshorthand(data__duration, custom_formats, name_prefix)
        if "isRolling" in data_keys:
            data_keys.remove("isRolling")
            data__isRolling = data["isRolling"]
            if not isinstance(data__isRolling, (bool)):
                raise JsonSchemaValueException
        if "calendar" in data_keys:
            data_keys.remove("calendar")
            data__calendar = data["calendar"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_calendar(data__calendar, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['isRolling']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
            data_keys = set(data.keys())
            if "isRolling" in data_keys:
                data_keys.remove("isRolling")
                data__isRolling = data["isRolling"]
                if not (isinstance(data__isRolling, bool) and data__isRolling is True):
                    raise JsonSchemaValueException
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['calendar']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
        else:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_calendar(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['startTime', 'timeZone']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "startTime" in data_keys:
            data_keys.remove("startTime")
            data__startTime = data["startTime"]
            if not isinstance(data__startTime, (str)):
                raise JsonSchemaValueException
            if isinstance(data__startTime, str):
                if not REGEX_PATTERNS['^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d$'].search(data__startTime):
                    raise JsonSchemaValueException
        if "timeZone" in data_keys:
            data_keys.remove("timeZone")
            data__timeZone = data["timeZone"]
            if not isinstance(data__timeZone, (str)):
                raise JsonSchemaValueException
            if isinstance(data__timeZone, str):
                if not custom_formats["iana-time-zone"](data__timeZone):
                    raise JsonSchemaValueException
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_budgetingmethod(data, custom_formats={}, name_prefix=None):
    if not (isinstance(data, str) and data == 'Occurrences' or isinstance(data, str) and data == 'Timeslices' or isinstance(data, str) and data == 'RatioTimeslices'):
        raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_slo_generator_v1_error_budget_policy_step_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['error_budget_policy_step_name', 'measurement_window_seconds', 'alerting_burn_rate_threshold']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "error_budget_policy_step_name" in data_keys:
            data_keys.remove("error_budget_policy_step_name")
            data__errorbudgetpolicystepname = data["error_budget_policy_step_name"]
            if not isinstance(data__errorbudgetpolicystepname, (str)):
                raise JsonSchemaValueException
        if "measurement_window_seconds" in data_keys:
            data_keys.remove("measurement_window_seconds")
            data__measurementwindowseconds = data["measurement_window_seconds"]
            if not isinstance(data__measurementwindowseconds, (int)) and not (isinstance(data__measurementwindowseconds, float) and data__measurementwindowseconds.is_integer()) or isinstance(data__measurementwindowseconds, bool):
                raise JsonSchemaValueException
            if isinstance(data__measurementwindowseconds, (int, float, Decimal)) and not isinstance(data__measurementwindowseconds, bool):
                if data__measurementwindowseconds <= 0:
                    raise JsonSchemaValueException
        if "alerting_burn_rate_threshold" in data_keys:
            data_keys.remove("alerting_burn_rate_threshold")
            data__alertingburnratethreshold = data["alerting_burn_rate_threshold"]
            if not isinstance(data__alertingburnratethreshold, (int, float, Decimal)) or isinstance(data__alertingburnratethreshold, bool):
                raise JsonSchemaValueException
            if isinstance(data__alertingburnratethreshold, (int, float, Decimal)) and not isinstance(data__alertingburnratethreshold, bool):
                if data__alertingburnratethreshold <= 0:
                    raise JsonSchemaValueException
        if "urgent_notification" in data_keys:
            data_keys.remove("urgent_notification")
            data__urgentnotification = data["urgent_notification"]
            if not isinstance(data__urgentnotification, (bool)):
                raise JsonSchemaValueException
        if "overburned_consequence_message" in data_keys:
            data_keys.remove("overburned_consequence_message")
            data__overburnedconsequencemessage = data["overburned_consequence_message"]
            if not isinstance(data__overburnedconsequencemessage, (str)):
                raise JsonSchemaValueException
        if "achieved_consequence_message" in data_keys:
            data_keys.remove("achieved_consequence_message")
            data__achievedconsequencemessage = data["achieved_consequence_message"]
            if not isinstance(data__achievedconsequencemessage, (str)):
                raise JsonSchemaValueException
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_slo_generator_v1_slo_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['service_name', 'feature_name', 'slo_name', 'backend']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "service_name" in data_keys:
            data_keys.remove("service_name")
            data__servicename = data["service_name"]
            if not isinstance(data__servicename, (str)):
                raise JsonSchemaValueException
            if isinstance(data__servicename, str):
                data__servicename_len = len(data__servicename)
                if data__servicename_len < 1:
                    raise JsonSchemaValueException
        if "feature_name" in data_keys:
            data_keys.remove("feature_name")
            data__featurename = data["feature_name"]
            if not isinstance(data__featurename, (str)):
                raise JsonSchemaValueException
            if isinstance(data__featurename, str):
                data__featurename_len = len(data__featurename)
                if data__featurename_len < 1:
                    raise JsonSchemaValueException
        if "slo_name" in data_keys:
            data_keys.remove("slo_name")
            data__sloname = data["slo_name"]
            if not isinstance(data__sloname, (str)):
                raise JsonSchemaValueException
            if isinstance(data__sloname, str):
                data__sloname_len = len(data__sloname)
                if data__sloname_len < 1:
                    raise JsonSchemaValueException
        if "slo_description" in data_keys:
            data_keys.remove("slo_description")
            data__slodescription = data["slo_description"]
            if not isinstance(data__slodescription, (str)):
                raise JsonSchemaValueException
        if "slo_target" in data_keys:
            data_keys.remove("slo_target")
            data__slotarget = data["slo_target"]
            if not isinstance(data__slotarget, (int, float, Decimal)) or isinstance(data__slotarget, bool):
                raise JsonSchemaValueException
        if "backend" in data_keys:
            data_keys.remove("backend")
            data__backend = data["backend"]
            if not isinstance(data__backend, (dict)):
                raise JsonSchemaValueException
            data__backend_is_dict = isinstance(data__backend, dict)
            if data__backend_is_dict:
                data__backend__missing_keys = set(['class']) - data__backend.keys()
                if data__backend__missing_keys:
                    raise JsonSchemaValueException
                data__backend_keys = set(data__backend.keys())
                if "class" in data__backend_keys:
                    data__backend_keys.remove("class")
                    data__backend__class = data__backend["class"]
                    if not isinstance(data__backend__class, (str)):
                        raise JsonSchemaValueException
                if "method" in data__backend_keys:
                    data__backend_keys.remove("method")
                    data__backend__method = data__backend["method"]
                    if not isinstance(data__backend__method, (str)):
                        raise JsonSchemaValueException
                if "measurement" in data__backend_keys:
                    data__backend_keys.remove("measurement")
                    data__backend__measurement = data__backend["measurement"]
                    if not isinstance(data__backend__measurement, (dict)):
                        raise JsonSchemaValueException
        if "exporters" in data_keys:
            data_keys.remove("exporters")
            data__exporters = data["exporters"]
            if not isinstance(data__exporters, (list, tuple, dict)):
                raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_slo_generator_v2_slo_generator_config_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "backends" in data_keys:
            data_keys.remove("backends")
            data__backends = data["backends"]
            if not isinstance(data__backends, (dict)):
                raise JsonSchemaValueException
            data__backends_is_dict = isinstance(data__backends, dict)
            if data__backends_is_dict:
                data__backends_keys = set(data__backends.keys())
                for data__backends_key in data__backends_keys:
                    if data__backends_key not in []:
                        data__backends_value = data__backends.get(data__backends_key)
                        if not isinstance(data__backends_value, (dict)):
                            raise JsonSchemaValueException
        if "exporters" in data_keys:
            data_keys.remove("exporters")
            data__exporters = data["exporters"]
            if not isinstance(data__exporters, (dict)):
                raise JsonSchemaValueException
            data__exporters_is_dict = isinstance(data__exporters, dict)
            if data__exporters_is_dict:
                data__exporters_keys = set(data__exporters.keys())
                for data__exporters_key in data__exporters_keys:
                    if data__exporters_key not in []:
                        data__exporters_value = data__exporters.get(data__exporters_key)
                        if not isinstance(data__exporters_value, (dict)):
                            raise JsonSchemaValueException
        if "default_exporters" in data_keys:
            data_keys.remove("default_exporters")
            data__defaultexporters = data["default_exporters"]
            if not isinstance(data__defaultexporters, (list, tuple)):
                raise JsonSchemaValueException
            data__defaultexporters_is_list = isinstance(data__defaultexporters, (list, tuple))
            if data__defaultexporters_is_list:
                data__defaultexporters_len = len(data__defaultexporters)
                for data__defaultexporters_x, data__defaultexporters_item in enumerate(data__defaultexporters):
                    if not isinstance(data__defaultexporters_item, (str)):
                        raise JsonSchemaValueException
        if "error_budget_policies" in data_keys:
            data_keys.remove("error_budget_policies")
            data__errorbudgetpolicies = data["error_budget_policies"]
            if not isinstance(data__errorbudgetpolicies, (dict)):
                raise JsonSchemaValueException
            data__errorbudgetpolicies_is_dict = isinstance(data__errorbudgetpolicies, dict)
            if data__errorbudgetpolicies_is_dict:
                data__errorbudgetpolicies_keys = set(data__errorbudgetpolicies.keys())
                for data__errorbudgetpolicies_key in data__errorbudgetpolicies_keys:
                    if data__errorbudgetpolicies_key not in []:
                        data__errorbudgetpolicies_value = data__errorbudgetpolicies.get(data__errorbudgetpolicies_key)
                        validate_https___slolint_dev_schemas_slo_generator_v2_slo_generator_config_schema_json__definitions_policy(data__errorbudgetpolicies_value, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_slo_generator_v2_slo_generator_config_schema_json__definitions_policy(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['steps']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "steps" in data_keys:
            data_keys.remove("steps")
            data__steps = data["steps"]
            if not isinstance(data__steps, (list, tuple)):
                raise JsonSchemaValueException
            data__steps_is_list = isinstance(data__steps, (list, tuple))
            if data__steps_is_list:
                data__steps_len = len(data__steps)
                if data__steps_len < 1:
                    raise JsonSchemaValueException
                for data__steps_x, data__steps_item in enumerate(data__steps):
                    validate_https___slolint_dev_schemas_slo_generator_v2_slo_generator_config_schema_json__definitions_step(data__steps_item, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_slo_generator_v2_slo_generator_config_schema_json__definitions_step(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name', 'burn_rate_threshold', 'window']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException
        if "burn_rate_threshold" in data_keys:
            data_keys.remove("burn_rate_threshold")
            data__burnratethreshold = data["burn_rate_threshold"]
            if not isinstance(data__burnratethreshold, (int, float, Decimal)) or isinstance(data__burnratethreshold, bool):
                raise JsonSchemaValueException
            if isinstance(data__burnratethreshold, (int, float, Decimal)) and not isinstance(data__burnratethreshold, bool):
                if data__burnratethreshold <= 0:
                    raise JsonSchemaValueException
        if "alert" in data_keys:
            data_keys.remove("alert")
            data__alert = data["alert"]
            if not isinstance(data__alert, (bool)):
                raise JsonSchemaValueException
        if "message_alert" in data_keys:
            data_keys.remove("message_alert")
            data__messagealert = data["message_alert"]
            if not isinstance(data__messagealert, (str)):
                raise JsonSchemaValueException
        if "message_ok" in data_keys:
            data_keys.remove("message_ok")
            data__messageok = data["message_ok"]
            if not isinstance(data__messageok, (str)):
                raise JsonSchemaValueException
        if "window" in data_keys:
            data_keys.remove("window")
            data__window = data["window"]
            if not isinstance(data__window, (int)) and not (isinstance(data__window, float) and data__window.is_integer()) or isinstance(data__window, bool):
                raise JsonSchemaValueException
            if isinstance(data__window, (int, float, Decimal)) and not isinstance(data__window, bool):
                if data__window <= 0:
                    raise JsonSchemaValueException
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_slo_generator_v2_slo_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['apiVersion', 'kind', 'metadata', 'spec']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "apiVersion" in data_keys:
            data_keys.remove("apiVersion")
            data__apiVersion = data["apiVersion"]
            if not (isinstance(data__apiVersion, str) and data__apiVersion == 'sre.google.com/v2'):
                raise JsonSchemaValueException
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'ServiceLevelObjective'):
                raise JsonSchemaValueException
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            if not isinstance(data__metadata, (dict)):
                raise JsonSchemaValueException
            data__metadata_is_dict = isinstance(data__metadata, dict)
            if data__metadata_is_dict:
                data__metadata__missing_keys = set(['name']) - data__metadata.keys()
                if data__metadata__missing_keys:
                    raise JsonSchemaValueException
                data__metadata_keys = set(data__metadata.keys())
                if "name" in data__metadata_keys:
                    data__metadata_keys.remove("name")
                    data__metadata__name = data__metadata["name"]
                    if not isinstance(data__metadata__name, (str)):
                        raise JsonSchemaValueException
                    if isinstance(data__metadata__name, str):
                        data__metadata__name_len = len(data__metadata__name)
                        if data__metadata__name_len < 1:
                            raise JsonSchemaValueException
                if "labels" in data__metadata_keys:
                    data__metadata_keys.remove("labels")
                    data__metadata__labels = data__metadata["labels"]
                    if not isinstance(data__metadata__labels, (dict)):
                        raise JsonSchemaValueException
                    data__metadata__labels_is_dict = isinstance(data__metadata__labels, dict)
                    if data__metadata__labels_is_dict:
                        data__metadata__labels_keys = set(data__metadata__labels.keys())
                        for data__metadata__labels_key in data__metadata__labels_keys:
                            if data__metadata__labels_key not in []:
                                data__metadata__labels_value = data__metadata__labels.get(data__metadata__labels_key)
                                if not isinstance(data__metadata__labels_value, (str)):
                                    raise JsonSchemaValueException
                if "annotations" in data__metadata_keys:
                    data__metadata_keys.remove("annotations")
                    data__metadata__annotations = data__metadata["annotations"]
                    if not isinstance(data__metadata__annotations, (dict)):
                        raise JsonSchemaValueException
                    data__metadata__annotations_is_dict = isinstance(data__metadata__annotations, dict)
                    if data__metadata__annotations_is_dict:
                        data__metadata__annotations_keys = set(data__metadata__annotations.keys())
                        for data__metadata__annotations_key in data__metadata__annotations_keys:
                            if data__metadata__annotations_key not in []:
                                data__metadata__annotations_value = data__metadata__annotations.get(data__metadata__annotations_key)
                                if not isinstance(data__metadata__annotations_value, (str)):
                                    raise JsonSchemaValueException
                if data__metadata_keys:
                    raise JsonSchemaValueException
        if "spec" in data_keys:
            data_keys.remove("spec")
            data__spec = data["spec"]
            if not isinstance(data__spec, (dict)):
                raise JsonSchemaValueException
            data__spec_is_dict = isinstance(data__spec, dict)
            if data__spec_is_dict:
                data__spec__missing_keys = set(['description', 'goal', 'backend', 'method', 'service_level_indicator']) - data__spec.keys()
                if data__spec__missing_keys:
                    raise JsonSchemaValueException
                data__spec_keys = set(data__spec.keys())
                if "description" in data__spec_keys:
                    data__spec_keys.remove("description")
                    data__spec__description = data__spec["description"]
                    if not isinstance(data__spec__description, (str)):
                        raise JsonSchemaValueException
                if "goal" in data__spec_keys:
                    data__spec_keys.remove("goal")
                    data__spec__goal = data__spec["goal"]
                    if not isinstance(data__spec__goal, (int, float, Decimal)) or isinstance(data__spec__goal, bool):
                        raise JsonSchemaValueException
                if "backend" in data__spec_keys:
                    data__spec_keys.remove("backend")
                    data__spec__backend = data__spec["backend"]
                    if not isinstance(data__spec__backend, (str)):
                        raise JsonSchemaValueException
                    if isinstance(data__spec__backend, str):
                        data__spec__backend_len = len(data__spec__backend)
                        if data__spec__backend_len < 1:
                            raise JsonSchemaValueException
                if "method" in data__spec_keys:
                    data__spec_keys.remove("method")
                    data__spec__method = data__spec["method"]
                    if not isinstance(data__spec__method, (str)):
                        raise JsonSchemaValueException
                    if isinstance(data__spec__method, str):
                        data__spec__method_len = len(data__spec__method)
                        if data__spec__method_len < 1:
                            raise JsonSchemaValueException
                if "service_level_indicator" in data__spec_keys:
                    data__spec_keys.remove("service_level_indicator")
                    data__spec__servicelevelindicator = data__spec["service_level_indicator"]
                    if not isinstance(data__spec__servicelevelindicator, (dict)):
                        raise JsonSchemaValueException
                if "error_budget_policy" in data__spec_keys:
                    data__spec_keys.remove("error_budget_policy")
                    data__spec__errorbudgetpolicy = data__spec["error_budget_policy"]
                    if not isinstance(data__spec__errorbudgetpolicy, (str)):
                        raise JsonSchemaValueException
                    if isinstance(data__spec__errorbudgetpolicy, str):
                        data__spec__errorbudgetpolicy_len = len(data__spec__errorbudgetpolicy)
                        if data__spec__errorbudgetpolicy_len < 1:
                            raise JsonSchemaValueException
                if "exporters" in data__spec_keys:
                    data__spec_keys.remove("exporters")
                    data__spec__exporters = data__spec["exporters"]
                    if not isinstance(data__spec__exporters, (list, tuple)):
                        raise JsonSchemaValueException
                    data__spec__exporters_is_list = isinstance(data__spec__exporters, (list, tuple))
                    if data__spec__exporters_is_list:
                        data__spec__exporters_len = len(data__spec__exporters)
                        for data__spec__exporters_x, data__spec__exporters_item in enumerate(data__spec__exporters):
                            if not isinstance(data__spec__exporters_item, (str)):
                                raise JsonSchemaValueException
                if data__spec_keys:
                    raise JsonSchemaValueException
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_pyrra_v1alpha1_servicelevelobjective_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['apiVersion', 'kind', 'metadata', 'spec']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "apiVersion" in data_keys:
            data_keys.remove("apiVersion")
            data__apiVersion = data["apiVersion"]
            if not (isinstance(data__apiVersion, str) and data__apiVersion == 'pyrra.dev/v1alpha1'):
                raise JsonSchemaValueException
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'ServiceLevelObjective'):
                raise JsonSchemaValueException
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            validate_https___slolint_dev_schemas_pyrra_v1alpha1_servicelevelobjective_schema_json__definitions_metadata(data__metadata, custom_formats, name_prefix)
        if "spec" in data_keys:
            data_keys.remove("spec")
            data__spec = data["spec"]
            validate_https___slolint_dev_schemas_pyrra_v1alpha1_servicelevelobjective_schema_json__definitions_spec(data__spec, custom_formats, name_prefix)
        if "status" in data_keys:
            data_keys.remove("status")
            data__status = data["status"]
            if not isinstance(data__status, (dict)):
                raise JsonSchemaValueException
            data__status_is_dict = isinstance(data__status, dict)
            if data__status_is_dict:
                data__status_keys = set(data__status.keys())
                if "type" in data__status_keys:
                    data__status_keys.remove("type")
                    data__status__type = data__status["type"]
                    if not isinstance(data__status__type, (str)):
                        raise JsonSchemaValueException
                if data__status_keys:
                    raise JsonSchemaValueException
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_pyrra_v1alpha1_servicelevelobjective_schema_json__definitions_spec(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['indicator', 'target', 'window']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            if not isinstance(data__description, (str)):
                raise JsonSchemaValueException
        if "target" in data_keys:
            data_keys.remove("target")
            data__target = data["target"]
            validate_https___slolint_dev_schemas_pyrra_v1alpha1_servicelevelobjective_schema_json__definitions_percent(data__target, custom_formats, name_prefix)
        if "window" in data_keys:
            data_keys.remove("window")
            data__window = data["window"]
            validate_https___slolint_dev_schemas_pyrra_v1alpha1_servicelevelobjective_schema_json__definitions_promduration(data__window, custom_formats, name_prefix)
        if "indicator" in data_keys:
            data_keys.remove("indicator")
            data__indicator = data["indicator"]
            validate_https___slolint_dev_schemas_pyrra_v1alpha1_servicelevelobjective_schema_json__definitions_indicator(data__indicator, custom_formats, name_prefix)
        if "alerting" in data_keys:
            data_keys.remove("alerting")
            data__alerting = data["alerting"]
            validate_https___slolint_dev_schemas_pyrra_v1alpha1_servicelevelobjective_schema_json__definitions_alerting(data__alerting, custom_formats, name_prefix)
        if "partial_response_strategy" in data_keys:
            data_keys.remove("partial_response_strategy")
            data__partialresponsestrategy = data["partial_response_strategy"]
            if not (isinstance(data__partialresponsestrategy, str) and data__partialresponsestrategy == 'abort' or isinstance(data__partialresponsestrategy, str) and data__partialresponsestrategy == 'warn' or isinstance(data__partialresponsestrategy, str) and data__partialresponsestrategy == ''):
                raise JsonSchemaValueException
        if "performanceOverAccuracy" in data_keys:
            data_keys.remove("performanceOverAccuracy")
            data__performanceOverAccuracy = data["performanceOverAccuracy"]
            if not isinstance(data__performanceOverAccuracy, (bool)):
                raise JsonSchemaValueException
        if "ruleOutput" in data_keys:
            data_keys.remove("ruleOutput")
            data__ruleOutput = data["ruleOutput"]
            if not isinstance(data__ruleOutput, (dict)):
                raise JsonSchemaValueException
            data__ruleOutput_is_dict = isinstance(data__ruleOutput, dict)
            if data__ruleOutput_is_dict:
                data__ruleOutput_keys = set(data__ruleOutput.keys())
                if "shortRulesLabels" in data__ruleOutput_keys:
                    data__ruleOutput_keys.remove("shortRulesLabels")
                    data__ruleOutput__shortRulesLabels = data__ruleOutput["shortRulesLabels"]
                    validate_https___slolint_dev_schemas_pyrra_v1alpha1_servicelevelobjective_schema_json__definitions_stringmap(data__ruleOutput__shortRulesLabels, custom_formats, name_prefix)
                if "longRulesLabels" in data__ruleOutput_keys:
                    data__ruleOutput_keys.remove("longRulesLabels")
                    data__ruleOutput__longRulesLabels = data__ruleOutput["longRulesLabels"]
                    validate_https___slolint_dev_schemas_pyrra_v1alpha1_servicelevelobjective_schema_json__definitions_stringmap(data__ruleOutput__longRulesLabels, custom_formats, name_prefix)
                if "enableDescriptionAsLabel" in data__ruleOutput_keys:
                    data__ruleOutput_keys.remove("enableDescriptionAsLabel")
                    data__ruleOutput__enableDescriptionAsLabel = data__ruleOutput["enableDescriptionAsLabel"]
                    if not isinstance(data__ruleOutput__enableDescriptionAsLabel, (bool)):
                        raise JsonSchemaValueException
                if data__ruleOutput_keys:
                    raise JsonSchemaValueException
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_pyrra_v1alpha1_servicelevelobjective_schema_json__definitions_stringmap(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        for data_key in data_keys:
            if data_key not in []:
                data_value = data.get(data_key)
                if not isinstance(data_value, (str)):
                    raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_pyrra_v1alpha1_servicelevelobjective_schema_json__definitions_alerting(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "disabled" in data_keys:
            data_keys.remove("disabled")
            data__disabled = data["disabled"]
            if not isinstance(data__disabled, (bool)):
                raise JsonSchemaValueException
        if "burnrates" in data_keys:
            data_keys.remove("burnrates")
            data__burnrates = data["burnrates"]
            if not isinstance(data__burnrates, (bool)):
                raise JsonSchemaValueException
        if "absent" in data_keys:
            data_keys.remove("absent")
            data__absent = data["absent"]
            if not isinstance(data__absent, (bool)):
                raise JsonSchemaValueException
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException
        if "absentName" in data_keys:
            data_keys.remove("absentName")
            data__absentName = data["absentName"]
            if not isinstance(data__absentName, (str)):
                raise JsonSchemaValueException
        if "severities" in data_keys:
            data_keys.remove("severities")
            data__severities = data["severities"]
            if not isinstance(data__severities, (dict)):
                raise JsonSchemaValueException
            data__severities_is_dict = isinstance(data__severities, dict)
            if data__severities_is_dict:
                data__severities_keys = set(data__severities.keys())
                if "absent" in data__severities_keys:
                    data__severities_keys.remove("absent")
                    data__severities__absent = data__severities["absent"]
                    if not isinstance(data__severities__absent, (str)):
                        raise JsonSchemaValueException
                if "fastBurn" in data__severities_keys:
                    data__severities_keys.remove("fastBurn")
                    data__severities__fastBurn = data__severities["fastBurn"]
                    if not isinstance(data__severities__fastBurn, (str)):
                        raise JsonSchemaValueException
                if "mediumBurn" in data__severities_keys:
                    data__severities_keys.remove("mediumBurn")
                    data__severities__mediumBurn = data__severities["mediumBurn"]
                    if not isinstance(data__severities__mediumBurn, (str)):
                        raise JsonSchemaValueException
                if "slowBurn" in data__severities_keys:
                    data__severities_keys.remove("slowBurn")
                    data__severities__slowBurn = data__severities["slowBurn"]
                    if not isinstance(data__severities__slowBurn, (str)):
                        raise JsonSchemaValueException
                if "longTermBurn" in data__severities_keys:
                    data__severities_keys.remove("longTermBurn")
                    data__severities__longTermBurn = data__severities["longTermBurn"]
                    if not isinstance(data__severities__longTermBurn, (str)):
                        raise JsonSchemaValueException
                if data__severities_keys:
                    raise JsonSchemaValueException
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_pyrra_v1alpha1_servicelevelobjective_schema_json__definitions_indicator(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_one_of_count5 = 0
    if data_one_of_count5 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['ratio']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count5 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count5 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['latency']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count5 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count5 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['latencyNative']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count5 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count5 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['bool_gauge']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count5 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count5 != 1:
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "ratio" in data_keys:
            data_keys.remove("ratio")
            data__ratio = data["ratio"]
            if not isinstance(data__ratio, (dict)):
                raise JsonSchemaValueException
            data__ratio_is_dict = isinstance(data__ratio, dict)
            if data__ratio_is_dict:
                data__ratio__missing_keys = set(['errors', 'total']) - data__ratio.keys()
                if data__ratio__missing_keys:
                    raise JsonSchemaValueException
                data__ratio_keys = set(data__ratio.keys())
                if "errors" in data__ratio_keys:
                    data__ratio_keys.remove("errors")
                    data__ratio__errors = data__ratio["errors"]
                    validate_https___slolint_dev_schemas_pyrra_v1alpha1_servicelevelobjective_schema_json__definitions_metric(data__ratio__errors, custom_formats, name_prefix)
                if "total" in data__ratio_keys:
                    data__ratio_keys.remove("total")
                    data__ratio__total = data__ratio["total"]
                    validate_https___slolint_dev_schemas_pyrra_v1alpha1_servicelevelobjective_schema_json__definitions_metric(data__ratio__total, custom_formats, name_prefix)
                if "grouping" in data__ratio_keys:
                    data__ratio_keys.remove("grouping")
                    data__ratio__grouping = data__ratio["grouping"]
                    validate_https___slolint_dev_schemas_pyrra_v1alpha1_servicelevelobjective_schema_json__definitions_grouping(data__ratio__grouping, custom_formats, name_prefix)
                if data__ratio_keys:
                    raise JsonSchemaValueException
        if "latency" in data_keys:
            data_keys.remove("latency")
            data__latency = data["latency"]
            if not isinstance(data__latency, (dict)):
                raise JsonSchemaValueException
            data__latency_is_dict = isinstance(data__latency, dict)
            if data__latency_is_dict:
                data__latency__missing_keys = set(['success', 'total']) - data__latency.keys()
                if data__latency__missing_keys:
                    raise JsonSchemaValueException
                data__latency_keys = set(data__latency.keys())
                if "success" in data__latency_keys:
                    data__latency_keys.remove("success")
                    data__latency__success = data__latency["success"]
                    validate_https___slolint_dev_schemas_pyrra_v1alpha1_servicelevelobjective_schema_json__definitions_metric(data__latency__success, custom_formats, name_prefix)
                if "total" in data__latency_keys:
                    data__latency_keys.remove("total")
                    data__latency__total = data__latency["total"]
                    validate_https___slolint_dev_schemas_pyrra_v1alpha1_servicelevelobjective_schema_json__definitions_metric(data__latency__total, custom_formats, name_prefix)
                if "grouping" in data__latency_keys:
                    data__latency_keys.remove("grouping")
                    data__latency__grouping = data__latency["grouping"]
                    validate_https___slolint_dev_schemas_pyrra_v1alpha1_servicelevelobjective_schema_json__definitions_grouping(data__latency__grouping, custom_formats, name_prefix)
                if data__latency_keys:
                    raise JsonSchemaValueException
        if "latencyNative" in data_keys:
            data_keys.remove("latencyNative")
            data__latencyNative = data["latencyNative"]
            if not isinstance(data__latencyNative, (dict)):
                raise JsonSchemaValueException
            data__latencyNative_is_dict = isinstance(data__latencyNative, dict)
            if data__latencyNative_is_dict:
                data__latencyNative__missing_keys = set(['latency', 'total']) - data__latencyNative.keys()
                if data__latencyNative__missing_keys:
                    raise JsonSchemaValueException
                data__latencyNative_keys = set(data__latencyNative.keys())
                if "latency" in data__latencyNative_keys:
                    data__latencyNative_keys.remove("latency")
                    data__latencyNative__latency = data__latencyNative["latency"]
                    validate_https___slolint_dev_schemas_pyrra_v1alpha1_servicelevelobjective_schema_json__definitions_promduration(data__latencyNative__latency, custom_formats, name_prefix)
                if "total" in data__latencyNative_keys:
                    data__latencyNative_keys.remove("total")
                    data__latencyNative__total = data__latencyNative["total"]
                    validate_https___slolint_dev_schemas_pyrra_v1alpha1_servicelevelobjective_schema_json__definitions_metric(data__latencyNative__total, custom_formats, name_prefix)
                if "grouping" in data__latencyNative_keys:
                    data__latencyNative_keys.remove("grouping")
                    data__latencyNative__grouping = data__latencyNative["grouping"]
                    validate_https___slolint_dev_schemas_pyrra_v1alpha1_servicelevelobjective_schema_json__definitions_grouping(data__latencyNative__grouping, custom_formats, name_prefix)
                if data__latencyNative_keys:
                    raise JsonSchemaValueException
        if "bool_gauge" in data_keys:
            data_keys.remove("bool_gauge")
            data__boolgauge = data["bool_gauge"]
            if not isinstance(data__boolgauge, (dict)):
                raise JsonSchemaValueException
            data__boolgauge_is_dict = isinstance(data__boolgauge, dict)
            if data__boolgauge_is_dict:
                data__boolgauge__missing_keys = set(['metric']) - data__boolgauge.keys()
                if data__boolgauge__missing_keys:
                    raise JsonSchemaValueException
                data__boolgauge_keys = set(data__boolgauge.keys())
                if "metric" in data__boolgauge_keys:
                    data__boolgauge_keys.remove("metric")
                    data__boolgauge__metric = data__boolgauge["metric"]
                    if not isinstance(data__boolgauge__metric, (str)):
                        raise JsonSchemaValueException
                    if isinstance(data__boolgauge__metric, str):
                        data__boolgauge__metric_len = len(data__boolgauge__metric)
                        if data__boolgauge__metric_len < 1:
                            raise JsonSchemaValueException
                if "grouping" in data__boolgauge_keys:
                    data__boolgauge_keys.remove("grouping")
                    data__boolgauge__grouping = data__boolgauge["grouping"]
                    validate_https___slolint_dev_schemas_pyrra_v1alpha1_servicelevelobjective_schema_json__definitions_grouping(data__boolgauge__grouping, custom_formats, name_prefix)
                if data__boolgauge_keys:
                    raise JsonSchemaValueException
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_pyrra_v1alpha1_servicelevelobjective_schema_json__definitions_grouping(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        for data_x, data_item in enumerate(data):
            if not isinstance(data_item, (str)):
                raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_pyrra_v1alpha1_servicelevelobjective_schema_json__definitions_metric(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['metric']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "metric" in data_keys:
            data_keys.remove("metric")
            data__metric = data["metric"]
            if not isinstance(data__metric, (str)):
                raise JsonSchemaValueException
            if isinstance(data__metric, str):
                data__metric_len = len(data__metric)
                if data__metric_len < 1:
                    raise JsonSchemaValueException
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_pyrra_v1alpha1_servicelevelobjective_schema_json__definitions_promduration(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException
    if isinstance(data, str):
        if not REGEX_PATTERNS['^(?!$)(0|([0-9]+y)?([0-9]+w)?([0-9]+d)?([0-9]+h)?([0-9]+m)?([0-9]+s)?([0-9]+ms)?)$'].search(data):
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_pyrra_v1alpha1_servicelevelobjective_schema_json__definitions_percent(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException
    if isinstance(data, str):
        if not REGEX_PATTERNS['^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?$'].search(data):
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_pyrra_v1alpha1_servicelevelobjective_schema_json__definitions_metadata(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException
            if isinstance(data__name, str):
                data__name_len = len(data__name)
                if data__name_len < 1:
                    raise JsonSchemaValueException
        if "namespace" in data_keys:
            data_keys.remove("namespace")
            data__namespace = data["namespace"]
            if not isinstance(data__namespace, (str)):
                raise JsonSchemaValueException
        if "labels" in data_keys:
            data_keys.remove("labels")
            data__labels = data["labels"]
            validate_https___slolint_dev_schemas_pyrra_v1alpha1_servicelevelobjective_schema_json__definitions_stringmap(data__labels, custom_formats, name_prefix)
        if "annotations" in data_keys:
            data_keys.remove("annotations")
            data__annotations = data["annotations"]
            validate_https___slolint_dev_schemas_pyrra_v1alpha1_servicelevelobjective_schema_json__definitions_stringmap(data__annotations, custom_formats, name_prefix)
    return data

def validate_https___slolint_dev_schemas_openslo_v2alpha_alertnotificationtarget_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['apiVersion', 'kind', 'metadata', 'spec']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "apiVersion" in data_keys:
            data_keys.remove("apiVersion")
            data__apiVersion = data["apiVersion"]
            if not (isinstance(data__apiVersion, str) and data__apiVersion == 'openslo.com/v2alpha'):
                raise JsonSchemaValueException
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'AlertNotificationTarget'):
                raise JsonSchemaValueException
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_metadata(data__metadata, custom_formats, name_prefix)
        if "spec" in data_keys:
            data_keys.remove("spec")
            data__spec = data["spec"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_alertnotificationtarget_schema_json__definitions_spec(data__spec, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v2alpha_alertnotificationtarget_schema_json__definitions_spec(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['target']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_description(data__description, custom_formats, name_prefix)
        if "target" in data_keys:
            data_keys.remove("target")
            data__target = data["target"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_nonemptystring(data__target, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_nonemptystring(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_description(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException
    if isinstance(data, str):
        data_len = len(data)
        if data_len > 1050:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_metadata(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_name(data__name, custom_formats, name_prefix)
        if "labels" in data_keys:
            data_keys.remove("labels")
            data__labels = data["labels"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_labels(data__labels, custom_formats, name_prefix)
        if "annotations" in data_keys:
            data_keys.remove("annotations")
            data__annotations = data["annotations"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_annotations(data__annotations, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_annotations(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        for data_key in data_keys:
            if data_key not in []:
                data_value = data.get(data_key)
                if not isinstance(data_value, (str)):
                    raise JsonSchemaValueException
        data_len = len(data)
        if data_len != 0:
            data_property_names = True
            for data_key in data:
                try:
                    if isinstance(data_key, str):
                        if not REGEX_PATTERNS['^(?=(.{0,253}/)?.{0,63}$)([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*/)?[a-zA-Z0-9]([-._a-zA-Z0-9]{0,61}[a-zA-Z0-9])?$'].search(data_key):
                            raise JsonSchemaValueException
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    data_property_names = False
            if not data_property_names:
                raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_labels(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        for data_key in data_keys:
            if data_key not in []:
                data_value = data.get(data_key)
                if not isinstance(data_value, (str)):
                    raise JsonSchemaValueException
                if isinstance(data_value, str):
                    if not REGEX_PATTERNS['^([a-z0-9]([-._a-z0-9]{0,61}[a-z0-9])?)?$'].search(data_value):
                        raise JsonSchemaValueException
        data_len = len(data)
        if data_len != 0:
            data_property_names = True
            for data_key in data:
                try:
                    if isinstance(data_key, str):
                        if not REGEX_PATTERNS['^(?=(.{0,253}/)?.{0,63}$)([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*/)?[a-zA-Z0-9]([-._a-zA-Z0-9]{0,61}[a-zA-Z0-9])?$'].search(data_key):
                            raise JsonSchemaValueException
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    data_property_names = False
            if not data_property_names:
                raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_name(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException
    if isinstance(data, str):
        data_len = len(data)
        if data_len > 63:
            raise JsonSchemaValueException
        if not REGEX_PATTERNS['^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'].search(data):
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v2alpha_alertcondition_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['apiVersion', 'kind', 'metadata', 'spec']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "apiVersion" in data_keys:
            data_keys.remove("apiVersion")
            data__apiVersion = data["apiVersion"]
            if not (isinstance(data__apiVersion, str) and data__apiVersion == 'openslo.com/v2alpha'):
                raise JsonSchemaValueException
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'AlertCondition'):
                raise JsonSchemaValueException
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_metadata(data__metadata, custom_formats, name_prefix)
        if "spec" in data_keys:
            data_keys.remove("spec")
            data__spec = data["spec"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_alertcondition_schema_json__definitions_spec(data__spec, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v2alpha_alertcondition_schema_json__definitions_spec(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['severity', 'condition']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_description(data__description, custom_formats, name_prefix)
        if "severity" in data_keys:
            data_keys.remove("severity")
            data__severity = data["severity"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_nonemptystring(data__severity, custom_formats, name_prefix)
        if "condition" in data_keys:
            data_keys.remove("condition")
            data__condition = data["condition"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_alertcondition_schema_json__definitions_condition(data__condition, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v2alpha_alertcondition_schema_json__definitions_condition(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['kind', 'op', 'threshold', 'lookbackWindow', 'alertAfter']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'burnrate'):
                raise JsonSchemaValueException
        if "op" in data_keys:
            data_keys.remove("op")
            data__op = data["op"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_operator(data__op, custom_formats, name_prefix)
        if "threshold" in data_keys:
            data_keys.remove("threshold")
            data__threshold = data["threshold"]
            if not isinstance(data__threshold, (int, float, Decimal)) or isinstance(data__threshold, bool):
                raise JsonSchemaValueException
        if "lookbackWindow" in data_keys:
            data_keys.remove("lookbackWindow")
            data__lookbackWindow = data["lookbackWindow"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_durationshorthand(data__lookbackWindow, custom_formats, name_prefix)
        if "alertAfter" in data_keys:
            data_keys.remove("alertAfter")
            data__alertAfter = data["alertAfter"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_durationshorthand(data__alertAfter, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_durationshorthand(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException
    if isinstance(data, str):
        if not REGEX_PATTERNS['^[0-9]+[mhdw]$'].search(data):
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_operator(data, custom_formats={}, name_prefix=None):
    if not (isinstance(data, str) and data == 'gt' or isinstance(data, str) and data == 'lt' or isinstance(data, str) and data == 'gte' or isinstance(data, str) and data == 'lte'):
        raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v2alpha_alertpolicy_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['apiVersion', 'kind', 'metadata', 'spec']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "apiVersion" in data_keys:
            data_keys.remove("apiVersion")
            data__apiVersion = data["apiVersion"]
            if not (isinstance(data__apiVersion, str) and data__apiVersion == 'openslo.com/v2alpha'):
                raise JsonSchemaValueException
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'AlertPolicy'):
                raise JsonSchemaValueException
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_metadata(data__metadata, custom_formats, name_prefix)
        if "spec" in data_keys:
            data_keys.remove("spec")
            data__spec = data["spec"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_alertpolicy_schema_json__definitions_spec(data__spec, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v2alpha_alertpolicy_schema_json__definitions_spec(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['conditions', 'notificationTargets']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_description(data__description, custom_formats, name_prefix)
        if "alertWhenNoData" in data_keys:
            data_keys.remove("alertWhenNoData")
            data__alertWhenNoData = data["alertWhenNoData"]
            if not isinstance(data__alertWhenNoData, (bool)):
                raise JsonSchemaValueException
        if "alertWhenBreaching" in data_keys:
            data_keys.remove("alertWhenBreaching")
            data__alertWhenBreaching = data["alertWhenBreaching"]
            if not isinstance(data__alertWhenBreaching, (bool)):
                raise JsonSchemaValueException
        if "alertWhenResolved" in data_keys:
            data_keys.remove("alertWhenResolved")
            data__alertWhenResolved = data["alertWhenResolved"]
            if not isinstance(data__alertWhenResolved, (bool)):
                raise JsonSchemaValueException
        if "conditions" in data_keys:
            data_keys.remove("conditions")
            data__conditions = data["conditions"]
            if not isinstance(data__conditions, (list, tuple)):
                raise JsonSchemaValueException
            data__conditions_is_list = isinstance(data__conditions, (list, tuple))
            if data__conditions_is_list:
                data__conditions_len = len(data__conditions)
                if data__conditions_len < 1:
                    raise JsonSchemaValueException
                if data__conditions_len > 1:
                    raise JsonSchemaValueException
                for data__conditions_x, data__conditions_item in enumerate(data__conditions):
                    validate_https___slolint_dev_schemas_openslo_v2alpha_alertpolicy_schema_json__definitions_condition(data__conditions_item, custom_formats, name_prefix)
        if "notificationTargets" in data_keys:
            data_keys.remove("notificationTargets")
            data__notificationTargets = data["notificationTargets"]
            if not isinstance(data__notificationTargets, (list, tuple)):
                raise JsonSchemaValueException
            data__notificationTargets_is_list = isinstance(data__notificationTargets, (list, tuple))
            if data__notificationTargets_is_list:
                data__notificationTargets_len = len(data__notificationTargets)
                if data__notificationTargets_len < 1:
                    raise JsonSchemaValueException
                for data__notificationTargets_x, data__notificationTargets_item in enumerate(data__notificationTargets):
                    validate_https___slolint_dev_schemas_openslo_v2alpha_alertpolicy_schema_json__definitions_notificationtarget(data__notificationTargets_item, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v2alpha_alertpolicy_schema_json__definitions_notificationtarget(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['spec']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['kind', 'metadata']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['targetRef']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['kind']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
        else:
            raise JsonSchemaValueException
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['metadata']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
        else:
            raise JsonSchemaValueException
    data_one_of_count6 = 0
    if data_one_of_count6 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['targetRef']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count6 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count6 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['spec']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count6 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count6 != 1:
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "targetRef" in data_keys:
            data_keys.remove("targetRef")
            data__targetRef = data["targetRef"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_name(data__targetRef, custom_formats, name_prefix)
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'AlertNotificationTarget'):
                raise JsonSchemaValueException
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_metadata(data__metadata, custom_formats, name_prefix)
        if "spec" in data_keys:
            data_keys.remove("spec")
            data__spec = data["spec"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_alertnotificationtarget_schema_json__definitions_spec(data__spec, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v2alpha_alertpolicy_schema_json__definitions_condition(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['spec']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['kind', 'metadata']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['conditionRef']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['kind']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
        else:
            raise JsonSchemaValueException
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['metadata']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
        else:
            raise JsonSchemaValueException
    data_one_of_count7 = 0
    if data_one_of_count7 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['conditionRef']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count7 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count7 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['spec']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count7 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count7 != 1:
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "conditionRef" in data_keys:
            data_keys.remove("conditionRef")
            data__conditionRef = data["conditionRef"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_name(data__conditionRef, custom_formats, name_prefix)
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'AlertCondition'):
                raise JsonSchemaValueException
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_metadata(data__metadata, custom_formats, name_prefix)
        if "spec" in data_keys:
            data_keys.remove("spec")
            data__spec = data["spec"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_alertcondition_schema_json__definitions_spec(data__spec, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v2alpha_datasource_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['apiVersion', 'kind', 'metadata', 'spec']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "apiVersion" in data_keys:
            data_keys.remove("apiVersion")
            data__apiVersion = data["apiVersion"]
            if not (isinstance(data__apiVersion, str) and data__apiVersion == 'openslo.com/v2alpha'):
                raise JsonSchemaValueException
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'DataSource'):
                raise JsonSchemaValueException
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_metadata(data__metadata, custom_formats, name_prefix)
        if "spec" in data_keys:
            data_keys.remove("spec")
            data__spec = data["spec"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_datasource_schema_json__definitions_spec(data__spec, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v2alpha_datasource_schema_json__definitions_spec(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['type', 'connectionDetails']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_description(data__description, custom_formats, name_prefix)
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_nonemptystring(data__type, custom_formats, name_prefix)
        if "connectionDetails" in data_keys:
            data_keys.remove("connectionDetails")
            data__connectionDetails = data["connectionDetails"]
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v2alpha_service_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['apiVersion', 'kind', 'metadata']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "apiVersion" in data_keys:
            data_keys.remove("apiVersion")
            data__apiVersion = data["apiVersion"]
            if not (isinstance(data__apiVersion, str) and data__apiVersion == 'openslo.com/v2alpha'):
                raise JsonSchemaValueException
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'Service'):
                raise JsonSchemaValueException
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_metadata(data__metadata, custom_formats, name_prefix)
        if "spec" in data_keys:
            data_keys.remove("spec")
            data__spec = data["spec"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_service_schema_json__definitions_spec(data__spec, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v2alpha_service_schema_json__definitions_spec(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_description(data__description, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v2alpha_sli_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['apiVersion', 'kind', 'metadata', 'spec']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "apiVersion" in data_keys:
            data_keys.remove("apiVersion")
            data__apiVersion = data["apiVersion"]
            if not (isinstance(data__apiVersion, str) and data__apiVersion == 'openslo.com/v2alpha'):
                raise JsonSchemaValueException
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'SLI'):
                raise JsonSchemaValueException
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_metadata(data__metadata, custom_formats, name_prefix)
        if "spec" in data_keys:
            data_keys.remove("spec")
            data__spec = data["spec"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_sli_schema_json__definitions_spec(data__spec, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v2alpha_sli_schema_json__definitions_spec(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_one_of_count8 = 0
    if data_one_of_count8 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['thresholdMetric']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count8 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count8 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['ratioMetric']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count8 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count8 != 1:
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_description(data__description, custom_formats, name_prefix)
        if "thresholdMetric" in data_keys:
            data_keys.remove("thresholdMetric")
            data__thresholdMetric = data["thresholdMetric"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_metricspec(data__thresholdMetric, custom_formats, name_prefix)
        if "ratioMetric" in data_keys:
            data_keys.remove("ratioMetric")
            data__ratioMetric = data["ratioMetric"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_sli_schema_json__definitions_ratiometric(data__ratioMetric, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v2alpha_sli_schema_json__definitions_ratiometric(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['total']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_one_of_count9 = 0
        if data_one_of_count9 < 2:
            try:
                data_is_dict = isinstance(data, dict)
                if data_is_dict:
                    data__missing_keys = set(['good']) - data.keys()
                    if data__missing_keys:
                        raise JsonSchemaValueException
                data_one_of_count9 += 1
            except (JsonSchemaValueException, JsonSchemaValuesException): pass
        if data_one_of_count9 < 2:
            try:
                data_is_dict = isinstance(data, dict)
                if data_is_dict:
                    data__missing_keys = set(['bad']) - data.keys()
                    if data__missing_keys:
                        raise JsonSchemaValueException
                data_one_of_count9 += 1
            except (JsonSchemaValueException, JsonSchemaValuesException): pass
        if data_one_of_count9 != 1:
            raise JsonSchemaValueException
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['raw']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['good']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
        else:
            raise JsonSchemaValueException
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['bad']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
        else:
            raise JsonSchemaValueException
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['rawType']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
    data_one_of_count10 = 0
    if data_one_of_count10 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['total']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count10 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count10 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['raw']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count10 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count10 != 1:
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "counter" in data_keys:
            data_keys.remove("counter")
            data__counter = data["counter"]
            if not isinstance(data__counter, (bool)):
                raise JsonSchemaValueException
        if "good" in data_keys:
            data_keys.remove("good")
            data__good = data["good"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_metricspec(data__good, custom_formats, name_prefix)
        if "bad" in data_keys:
            data_keys.remove("bad")
            data__bad = data["bad"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_metricspec(data__bad, custom_formats, name_prefix)
        if "total" in data_keys:
            data_keys.remove("total")
            data__total = data["total"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_metricspec(data__total, custom_formats, name_prefix)
        if "rawType" in data_keys:
            data_keys.remove("rawType")
            data__rawType = data["rawType"]
            if not (isinstance(data__rawType, str) and data__rawType == 'success' or isinstance(data__rawType, str) and data__rawType == 'failure'):
                raise JsonSchemaValueException
        if "raw" in data_keys:
            data_keys.remove("raw")
            data__raw = data["raw"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_metricspec(data__raw, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_metricspec(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_one_of_count11 = 0
    if data_one_of_count11 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['dataSourceRef']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count11 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count11 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['dataSourceSpec']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count11 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count11 != 1:
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "dataSourceRef" in data_keys:
            data_keys.remove("dataSourceRef")
            data__dataSourceRef = data["dataSourceRef"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_name(data__dataSourceRef, custom_formats, name_prefix)
        if "dataSourceSpec" in data_keys:
            data_keys.remove("dataSourceSpec")
            data__dataSourceSpec = data["dataSourceSpec"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_datasource_schema_json__definitions_spec(data__dataSourceSpec, custom_formats, name_prefix)
        if "spec" in data_keys:
            data_keys.remove("spec")
            data__spec = data["spec"]
            if not isinstance(data__spec, (dict)):
                raise JsonSchemaValueException
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v2alpha_slo_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['apiVersion', 'kind', 'metadata', 'spec']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "apiVersion" in data_keys:
            data_keys.remove("apiVersion")
            data__apiVersion = data["apiVersion"]
            if not (isinstance(data__apiVersion, str) and data__apiVersion == 'openslo.com/v2alpha'):
                raise JsonSchemaValueException
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'SLO'):
                raise JsonSchemaValueException
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_metadata(data__metadata, custom_formats, name_prefix)
        if "spec" in data_keys:
            data_keys.remove("spec")
            data__spec = data["spec"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_slo_schema_json__definitions_spec(data__spec, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v2alpha_slo_schema_json__definitions_spec(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_one_of_count12 = 0
    if data_one_of_count12 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['serviceRef']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count12 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count12 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['service']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count12 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count12 != 1:
        raise JsonSchemaValueException
    validate_https___slolint_dev_schemas_openslo_v2alpha_slo_schema_json__definitions_sliatonelevel(data, custom_formats, name_prefix)
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['budgetingMethod']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
            data_keys = set(data.keys())
            if "budgetingMethod" in data_keys:
                data_keys.remove("budgetingMethod")
                data__budgetingMethod = data["budgetingMethod"]
                if not (isinstance(data__budgetingMethod, str) and data__budgetingMethod == 'Timeslices'):
                    raise JsonSchemaValueException
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if "objectives" in data_keys:
                data_keys.remove("objectives")
                data__objectives = data["objectives"]
                data__objectives_is_list = isinstance(data__objectives, (list, tuple))
                if data__objectives_is_list:
                    data__objectives_len = len(data__objectives)
                    for data__objectives_x, data__objectives_item in enumerate(data__objectives):
                        data__objectives_item_is_dict = isinstance(data__objectives_item, dict)
                        if data__objectives_item_is_dict:
                            data__objectives_item__missing_keys = set(['timeSliceTarget', 'timeSliceWindow']) - data__objectives_item.keys()
                            if data__objectives_item__missing_keys:
                                raise JsonSchemaValueException
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['budgetingMethod']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
            data_keys = set(data.keys())
            if "budgetingMethod" in data_keys:
                data_keys.remove("budgetingMethod")
                data__budgetingMethod = data["budgetingMethod"]
                if not (isinstance(data__budgetingMethod, str) and data__budgetingMethod == 'RatioTimeslices'):
                    raise JsonSchemaValueException
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if "objectives" in data_keys:
                data_keys.remove("objectives")
                data__objectives = data["objectives"]
                data__objectives_is_list = isinstance(data__objectives, (list, tuple))
                if data__objectives_is_list:
                    data__objectives_len = len(data__objectives)
                    for data__objectives_x, data__objectives_item in enumerate(data__objectives):
                        data__objectives_item_is_dict = isinstance(data__objectives_item, dict)
                        if data__objectives_item_is_dict:
                            data__objectives_item__missing_keys = set(['timeSliceWindow']) - data__objectives_item.keys()
                            if data__objectives_item__missing_keys:
                                raise JsonSchemaValueException
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['sli']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
            data_keys = set(data.keys())
            if "sli" in data_keys:
                data_keys.remove("sli")
                data__sli = data["sli"]
                if not isinstance(data__sli, (dict)):
                    raise JsonSchemaValueException
                data__sli_is_dict = isinstance(data__sli, dict)
                if data__sli_is_dict:
                    data__sli__missing_keys = set(['spec']) - data__sli.keys()
                    if data__sli__missing_keys:
                        raise JsonSchemaValueException
                    data__sli_keys = set(data__sli.keys())
                    if "spec" in data__sli_keys:
                        data__sli_keys.remove("spec")
                        data__sli__spec = data__sli["spec"]
                        if not isinstance(data__sli__spec, (dict)):
                            raise JsonSchemaValueException
                        data__sli__spec_is_dict = isinstance(data__sli__spec, dict)
                        if data__sli__spec_is_dict:
                            data__sli__spec__missing_keys = set(['ratioMetric']) - data__sli__spec.keys()
                            if data__sli__spec__missing_keys:
                                raise JsonSchemaValueException
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if "objectives" in data_keys:
                data_keys.remove("objectives")
                data__objectives = data["objectives"]
                data__objectives_is_list = isinstance(data__objectives, (list, tuple))
                if data__objectives_is_list:
                    data__objectives_len = len(data__objectives)
                    for data__objectives_x, data__objectives_item in enumerate(data__objectives):
                        try:
                            data__objectives_item_is_dict = isinstance(data__objectives_item, dict)
                            if data__objectives_item_is_dict:
                                data__objectives_item__missing_keys = set(['op']) - data__objectives_item.keys()
                                if data__objectives_item__missing_keys:
                                    raise JsonSchemaValueException
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                        else:
                            raise JsonSchemaValueException
                        try:
                            data__objectives_item_is_dict = isinstance(data__objectives_item, dict)
                            if data__objectives_item_is_dict:
                                data__objectives_item__missing_keys = set(['value']) - data__objectives_item.keys()
                                if data__objectives_item__missing_keys:
                                    raise JsonSchemaValueException
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                        else:
                            raise JsonSchemaValueException
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['sli']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
            data_keys = set(data.keys())
            if "sli" in data_keys:
                data_keys.remove("sli")
                data__sli = data["sli"]
                if not isinstance(data__sli, (dict)):
                    raise JsonSchemaValueException
                data__sli_is_dict = isinstance(data__sli, dict)
                if data__sli_is_dict:
                    data__sli__missing_keys = set(['spec']) - data__sli.keys()
                    if data__sli__missing_keys:
                        raise JsonSchemaValueException
                    data__sli_keys = set(data__sli.keys())
                    if "spec" in data__sli_keys:
                        data__sli_keys.remove("spec")
                        data__sli__spec = data__sli["spec"]
                        if not isinstance(data__sli__spec, (dict)):
                            raise JsonSchemaValueException
                        data__sli__spec_is_dict = isinstance(data__sli__spec, dict)
                        if data__sli__spec_is_dict:
                            data__sli__spec__missing_keys = set(['thresholdMetric']) - data__sli__spec.keys()
                            if data__sli__spec__missing_keys:
                                raise JsonSchemaValueException
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if "objectives" in data_keys:
                data_keys.remove("objectives")
                data__objectives = data["objectives"]
                data__objectives_is_list = isinstance(data__objectives, (list, tuple))
                if data__objectives_is_list:
                    data__objectives_len = len(data__objectives)
                    for data__objectives_x, data__objectives_item in enumerate(data__objectives):
                        data__objectives_item_is_dict = isinstance(data__objectives_item, dict)
                        if data__objectives_item_is_dict:
                            data__objectives_item__missing_keys = set(['op', 'value']) - data__objectives_item.keys()
                            if data__objectives_item__missing_keys:
                                raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['budgetingMethod', 'timeWindow', 'objectives']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_description(data__description, custom_formats, name_prefix)
        if "serviceRef" in data_keys:
            data_keys.remove("serviceRef")
            data__serviceRef = data["serviceRef"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_name(data__serviceRef, custom_formats, name_prefix)
        if "service" in data_keys:
            data_keys.remove("service")
            data__service = data["service"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_nonemptystring(data__service, custom_formats, name_prefix)
        if "sli" in data_keys:
            data_keys.remove("sli")
            data__sli = data["sli"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_slo_schema_json__definitions_inlinesli(data__sli, custom_formats, name_prefix)
        if "sliRef" in data_keys:
            data_keys.remove("sliRef")
            data__sliRef = data["sliRef"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_name(data__sliRef, custom_formats, name_prefix)
        if "budgetingMethod" in data_keys:
            data_keys.remove("budgetingMethod")
            data__budgetingMethod = data["budgetingMethod"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_budgetingmethod(data__budgetingMethod, custom_formats, name_prefix)
        if "timeWindow" in data_keys:
            data_keys.remove("timeWindow")
            data__timeWindow = data["timeWindow"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_timewindow(data__timeWindow, custom_formats, name_prefix)
        if "objectives" in data_keys:
            data_keys.remove("objectives")
            data__objectives = data["objectives"]
            if not isinstance(data__objectives, (list, tuple)):
                raise JsonSchemaValueException
            data__objectives_is_list = isinstance(data__objectives, (list, tuple))
            if data__objectives_is_list:
                data__objectives_len = len(data__objectives)
                if data__objectives_len < 1:
                    raise JsonSchemaValueException
                for data__objectives_x, data__objectives_item in enumerate(data__objectives):
                    validate_https___slolint_dev_schemas_openslo_v2alpha_slo_schema_json__definitions_objective(data__objectives_item, custom_formats, name_prefix)
        if "alertPolicies" in data_keys:
            data_keys.remove("alertPolicies")
            data__alertPolicies = data["alertPolicies"]
            if not isinstance(data__alertPolicies, (list, tuple)):
                raise JsonSchemaValueException
            data__alertPolicies_is_list = isinstance(data__alertPolicies, (list, tuple))
            if data__alertPolicies_is_list:
                data__alertPolicies_len = len(data__alertPolicies)
                for data__alertPolicies_x, data__alertPolicies_item in enumerate(data__alertPolicies):
                    validate_https___slolint_dev_schemas_openslo_v2alpha_slo_schema_json__definitions_alertpolicy(data__alertPolicies_item, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v2alpha_slo_schema_json__definitions_alertpolicy(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['spec']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['kind', 'metadata']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['alertPolicyRef']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['kind']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
        else:
            raise JsonSchemaValueException
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['metadata']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
        else:
            raise JsonSchemaValueException
    data_one_of_count13 = 0
    if data_one_of_count13 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['alertPolicyRef']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count13 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count13 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['spec']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count13 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count13 != 1:
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "alertPolicyRef" in data_keys:
            data_keys.remove("alertPolicyRef")
            data__alertPolicyRef = data["alertPolicyRef"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_name(data__alertPolicyRef, custom_formats, name_prefix)
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'AlertPolicy'):
                raise JsonSchemaValueException
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_metadata(data__metadata, custom_formats, name_prefix)
        if "spec" in data_keys:
            data_keys.remove("spec")
            data__spec = data["spec"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_alertpolicy_schema_json__definitions_spec(data__spec, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v2alpha_slo_schema_json__definitions_objective(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_one_of_count14 = 0
    if data_one_of_count14 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['target']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count14 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count14 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['targetPercent']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count14 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count14 != 1:
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "displayName" in data_keys:
            data_keys.remove("displayName")
            data__displayName = data["displayName"]
            if not isinstance(data__displayName, (str)):
                raise JsonSchemaValueException
        if "op" in data_keys:
            data_keys.remove("op")
            data__op = data["op"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_operator(data__op, custom_formats, name_prefix)
        if "value" in data_keys:
            data_keys.remove("value")
            data__value = data["value"]
            if not isinstance(data__value, (int, float, Decimal)) or isinstance(data__value, bool):
                raise JsonSchemaValueException
        if "target" in data_keys:
            data_keys.remove("target")
            data__target = data["target"]
            if not isinstance(data__target, (int, float, Decimal)) or isinstance(data__target, bool):
                raise JsonSchemaValueException
        if "targetPercent" in data_keys:
            data_keys.remove("targetPercent")
            data__targetPercent = data["targetPercent"]
            if not isinstance(data__targetPercent, (int, float, Decimal)) or isinstance(data__targetPercent, bool):
                raise JsonSchemaValueException
        if "timeSliceTarget" in data_keys:
            data_keys.remove("timeSliceTarget")
            data__timeSliceTarget = data["timeSliceTarget"]
            if not isinstance(data__timeSliceTarget, (int, float, Decimal)) or isinstance(data__timeSliceTarget, bool):
                raise JsonSchemaValueException
            if isinstance(data__timeSliceTarget, (int, float, Decimal)) and not isinstance(data__timeSliceTarget, bool):
                if data__timeSliceTarget > 1:
                    raise JsonSchemaValueException
                if data__timeSliceTarget <= 0:
                    raise JsonSchemaValueException
        if "timeSliceWindow" in data_keys:
            data_keys.remove("timeSliceWindow")
            data__timeSliceWindow = data["timeSliceWindow"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_durationshorthand(data__timeSliceWindow, custom_formats, name_prefix)
        if "sli" in data_keys:
            data_keys.remove("sli")
            data__sli = data["sli"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_slo_schema_json__definitions_inlinesli(data__sli, custom_formats, name_prefix)
        if "sliRef" in data_keys:
            data_keys.remove("sliRef")
            data__sliRef = data["sliRef"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_name(data__sliRef, custom_formats, name_prefix)
        if "compositeWeight" in data_keys:
            data_keys.remove("compositeWeight")
            data__compositeWeight = data["compositeWeight"]
            if not isinstance(data__compositeWeight, (int, float, Decimal)) or isinstance(data__compositeWeight, bool):
                raise JsonSchemaValueException
            if isinstance(data__compositeWeight, (int, float, Decimal)) and not isinstance(data__compositeWeight, bool):
                if data__compositeWeight <= 0:
                    raise JsonSchemaValueException
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_timewindow(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException
        if data_len > 1:
            raise JsonSchemaValueException
        for data_x, data_item in enumerate(data):
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_timewindowentry(data_item, custom_formats, name_prefix)
            try:
                data_item_any_of_count15 = 0
                if not data_item_any_of_count15:
                    try:
                        try:
                            data_item_is_dict = isinstance(data_item, dict)
                            if data_item_is_dict:
                                data_item__missing_keys = set(['isRolling']) - data_item.keys()
                                if data_item__missing_keys:
                                    raise JsonSchemaValueException
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                        else:
                            raise JsonSchemaValueException
                        data_item_any_of_count15 += 1
                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                if not data_item_any_of_count15:
                    try:
                        data_item_is_dict = isinstance(data_item, dict)
                        if data_item_is_dict:
                            data_item_keys = set(data_item.keys())
                            if "isRolling" in data_item_keys:
                                data_item_keys.remove("isRolling")
                                data_item__isRolling = data_item["isRolling"]
                                if not (isinstance(data_item__isRolling, bool) and data_item__isRolling is False):
                                    raise JsonSchemaValueException
                        data_item_any_of_count15 += 1
                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                if not data_item_any_of_count15:
                    raise JsonSchemaValueException
            except (JsonSchemaValueException, JsonSchemaValuesException):
                pass
            else:
                data_item_is_dict = isinstance(data_item, dict)
                if data_item_is_dict:
                    data_item__missing_keys = set(['calendar']) - data_item.keys()
                    if data_item__missing_keys:
                        raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_timewindowentry(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['duration']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "duration" in data_keys:
            data_keys.remove("duration")
            data__duration = data["duration"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_durationshorthand(data__duration, custom_formats, name_prefix)
        if "isRolling" in data_keys:
            data_keys.remove("isRolling")
            data__isRolling = data["isRolling"]
            if not isinstance(data__isRolling, (bool)):
                raise JsonSchemaValueException
        if "calendar" in data_keys:
            data_keys.remove("calendar")
            data__calendar = data["calendar"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_calendar(data__calendar, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['isRolling']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
            data_keys = set(data.keys())
            if "isRolling" in data_keys:
                data_keys.remove("isRolling")
                data__isRolling = data["isRolling"]
                if not (isinstance(data__isRolling, bool) and data__isRolling is True):
                    raise JsonSchemaValueException
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['calendar']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
        else:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_calendar(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['startTime', 'timeZone']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "startTime" in data_keys:
            data_keys.remove("startTime")
            data__startTime = data["startTime"]
            if not isinstance(data__startTime, (str)):
                raise JsonSchemaValueException
            if isinstance(data__startTime, str):
                if not REGEX_PATTERNS['^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d$'].search(data__startTime):
                    raise JsonSchemaValueException
        if "timeZone" in data_keys:
            data_keys.remove("timeZone")
            data__timeZone = data["timeZone"]
            if not isinstance(data__timeZone, (str)):
                raise JsonSchemaValueException
            if isinstance(data__timeZone, str):
                if not custom_formats["iana-time-zone"](data__timeZone):
                    raise JsonSchemaValueException
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_budgetingmethod(data, custom_formats={}, name_prefix=None):
    if not (isinstance(data, str) and data == 'Occurrences' or isinstance(data, str) and data == 'Timeslices' or isinstance(data, str) and data == 'RatioTimeslices'):
        raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v2alpha_slo_schema_json__definitions_inlinesli(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['metadata', 'spec']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_defs_schema_json__definitions_metadata(data__metadata, custom_formats, name_prefix)
        if "spec" in data_keys:
            data_keys.remove("spec")
            data__spec = data["spec"]
            validate_https___slolint_dev_schemas_openslo_v2alpha_sli_schema_json__definitions_spec(data__spec, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v2alpha_slo_schema_json__definitions_sliatonelevel(data, custom_formats={}, name_prefix=None):
    try:
        data_any_of_count16 = 0
        if not data_any_of_count16:
            try:
                data_is_dict = isinstance(data, dict)
                if data_is_dict:
                    data__missing_keys = set(['sli']) - data.keys()
                    if data__missing_keys:
                        raise JsonSchemaValueException
                data_any_of_count16 += 1
            except (JsonSchemaValueException, JsonSchemaValuesException): pass
        if not data_any_of_count16:
            try:
                data_is_dict = isinstance(data, dict)
                if data_is_dict:
                    data__missing_keys = set(['sliRef']) - data.keys()
                    if data__missing_keys:
                        raise JsonSchemaValueException
                data_any_of_count16 += 1
            except (JsonSchemaValueException, JsonSchemaValuesException): pass
        if not data_any_of_count16:
            raise JsonSchemaValueException
    except (JsonSchemaValueException, JsonSchemaValuesException):
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['objectives']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
                data_keys = set(data.keys())
                if "objectives" in data_keys:
                    data_keys.remove("objectives")
                    data__objectives = data["objectives"]
                    if not isinstance(data__objectives, (list, tuple)):
                        raise JsonSchemaValueException
                    data__objectives_is_list = isinstance(data__objectives, (list, tuple))
                    if data__objectives_is_list:
                        data__objectives_contains = False
                        for data__objectives_key in data__objectives:
                            try:
                                if not isinstance(data__objectives_key, (dict)):
                                    raise JsonSchemaValueException
                                data__objectives_key_any_of_count17 = 0
                                if not data__objectives_key_any_of_count17:
                                    try:
                                        data__objectives_key_is_dict = isinstance(data__objectives_key, dict)
                                        if data__objectives_key_is_dict:
                                            data__objectives_key__missing_keys = set(['sli']) - data__objectives_key.keys()
                                            if data__objectives_key__missing_keys:
                                                raise JsonSchemaValueException
                                        data__objectives_key_any_of_count17 += 1
                                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                if not data__objectives_key_any_of_count17:
                                    try:
                                        data__objectives_key_is_dict = isinstance(data__objectives_key, dict)
                                        if data__objectives_key_is_dict:
                                            data__objectives_key__missing_keys = set(['sliRef']) - data__objectives_key.keys()
                                            if data__objectives_key__missing_keys:
                                                raise JsonSchemaValueException
                                        data__objectives_key_any_of_count17 += 1
                                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                if not data__objectives_key_any_of_count17:
                                    raise JsonSchemaValueException
                                data__objectives_contains = True
                                break
                            except (JsonSchemaValueException, JsonSchemaValuesException): pass
                        if not data__objectives_contains:
                            raise JsonSchemaValueException
        except (JsonSchemaValueException, JsonSchemaValuesException):
            data_one_of_count18 = 0
            if data_one_of_count18 < 2:
                try:
                    data_is_dict = isinstance(data, dict)
                    if data_is_dict:
                        data__missing_keys = set(['sli']) - data.keys()
                        if data__missing_keys:
                            raise JsonSchemaValueException
                    data_one_of_count18 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data_one_of_count18 < 2:
                try:
                    data_is_dict = isinstance(data, dict)
                    if data_is_dict:
                        data__missing_keys = set(['sliRef']) - data.keys()
                        if data__missing_keys:
                            raise JsonSchemaValueException
                    data_one_of_count18 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data_one_of_count18 != 1:
                raise JsonSchemaValueException
        else:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data_keys = set(data.keys())
                if "objectives" in data_keys:
                    data_keys.remove("objectives")
                    data__objectives = data["objectives"]
                    data__objectives_is_list = isinstance(data__objectives, (list, tuple))
                    if data__objectives_is_list:
                        data__objectives_len = len(data__objectives)
                        for data__objectives_x, data__objectives_item in enumerate(data__objectives):
                            data__objectives_item_one_of_count19 = 0
                            if data__objectives_item_one_of_count19 < 2:
                                try:
                                    data__objectives_item_is_dict = isinstance(data__objectives_item, dict)
                                    if data__objectives_item_is_dict:
                                        data__objectives_item__missing_keys = set(['sli']) - data__objectives_item.keys()
                                        if data__objectives_item__missing_keys:
                                            raise JsonSchemaValueException
                                    data__objectives_item_one_of_count19 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if data__objectives_item_one_of_count19 < 2:
                                try:
                                    data__objectives_item_is_dict = isinstance(data__objectives_item, dict)
                                    if data__objectives_item_is_dict:
                                        data__objectives_item__missing_keys = set(['sliRef']) - data__objectives_item.keys()
                                        if data__objectives_item__missing_keys:
                                            raise JsonSchemaValueException
                                    data__objectives_item_one_of_count19 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if data__objectives_item_one_of_count19 != 1:
                                raise JsonSchemaValueException
    else:
        data_one_of_count20 = 0
        if data_one_of_count20 < 2:
            try:
                data_is_dict = isinstance(data, dict)
                if data_is_dict:
                    data__missing_keys = set(['sli']) - data.keys()
                    if data__missing_keys:
                        raise JsonSchemaValueException
                data_one_of_count20 += 1
            except (JsonSchemaValueException, JsonSchemaValuesException): pass
        if data_one_of_count20 < 2:
            try:
                data_is_dict = isinstance(data, dict)
                if data_is_dict:
                    data__missing_keys = set(['sliRef']) - data.keys()
                    if data__missing_keys:
                        raise JsonSchemaValueException
                data_one_of_count20 += 1
            except (JsonSchemaValueException, JsonSchemaValuesException): pass
        if data_one_of_count20 != 1:
            raise JsonSchemaValueException
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if "objectives" in data_keys:
                data_keys.remove("objectives")
                data__objectives = data["objectives"]
                data__objectives_is_list = isinstance(data__objectives, (list, tuple))
                if data__objectives_is_list:
                    data__objectives_len = len(data__objectives)
                    for data__objectives_x, data__objectives_item in enumerate(data__objectives):
                        try:
                            data__objectives_item_is_dict = isinstance(data__objectives_item, dict)
                            if data__objectives_item_is_dict:
                                data__objectives_item__missing_keys = set(['sli']) - data__objectives_item.keys()
                                if data__objectives_item__missing_keys:
                                    raise JsonSchemaValueException
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                        else:
                            raise JsonSchemaValueException
                        try:
                            data__objectives_item_is_dict = isinstance(data__objectives_item, dict)
                            if data__objectives_item_is_dict:
                                data__objectives_item__missing_keys = set(['sliRef']) - data__objectives_item.keys()
                                if data__objectives_item__missing_keys:
                                    raise JsonSchemaValueException
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                        else:
                            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1alpha_service_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['apiVersion', 'kind', 'metadata']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "apiVersion" in data_keys:
            data_keys.remove("apiVersion")
            data__apiVersion = data["apiVersion"]
            if not (isinstance(data__apiVersion, str) and data__apiVersion == 'openslo/v1alpha'):
                raise JsonSchemaValueException
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'Service'):
                raise JsonSchemaValueException
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            validate_https___slolint_dev_schemas_openslo_v1alpha_defs_schema_json__definitions_metadata(data__metadata, custom_formats, name_prefix)
        if "spec" in data_keys:
            data_keys.remove("spec")
            data__spec = data["spec"]
            validate_https___slolint_dev_schemas_openslo_v1alpha_service_schema_json__definitions_spec(data__spec, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1alpha_service_schema_json__definitions_spec(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_description(data__description, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1alpha_defs_schema_json__definitions_metadata(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_name(data__name, custom_formats, name_prefix)
        if "displayName" in data_keys:
            data_keys.remove("displayName")
            data__displayName = data["displayName"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_displayname(data__displayName, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1alpha_slo_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['apiVersion', 'kind', 'metadata', 'spec']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "apiVersion" in data_keys:
            data_keys.remove("apiVersion")
            data__apiVersion = data["apiVersion"]
            if not (isinstance(data__apiVersion, str) and data__apiVersion == 'openslo/v1alpha'):
                raise JsonSchemaValueException
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'SLO'):
                raise JsonSchemaValueException
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            validate_https___slolint_dev_schemas_openslo_v1alpha_defs_schema_json__definitions_metadata(data__metadata, custom_formats, name_prefix)
        if "spec" in data_keys:
            data_keys.remove("spec")
            data__spec = data["spec"]
            validate_https___slolint_dev_schemas_openslo_v1alpha_slo_schema_json__definitions_spec(data__spec, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1alpha_slo_schema_json__definitions_spec(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    validate_https___slolint_dev_schemas_openslo_v1alpha_slo_schema_json__definitions_indicatororratiometrics(data, custom_formats, name_prefix)
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['budgetingMethod']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
            data_keys = set(data.keys())
            if "budgetingMethod" in data_keys:
                data_keys.remove("budgetingMethod")
                data__budgetingMethod = data["budgetingMethod"]
                if not (isinstance(data__budgetingMethod, str) and data__budgetingMethod == 'Timeslices'):
                    raise JsonSchemaValueException
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if "objectives" in data_keys:
                data_keys.remove("objectives")
                data__objectives = data["objectives"]
                data__objectives_is_list = isinstance(data__objectives, (list, tuple))
                if data__objectives_is_list:
                    data__objectives_len = len(data__objectives)
                    for data__objectives_x, data__objectives_item in enumerate(data__objectives):
                        data__objectives_item_is_dict = isinstance(data__objectives_item, dict)
                        if data__objectives_item_is_dict:
                            data__objectives_item__missing_keys = set(['timeSliceTarget']) - data__objectives_item.keys()
                            if data__objectives_item__missing_keys:
                                raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['service', 'budgetingMethod', 'timeWindows', 'objectives']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_description(data__description, custom_formats, name_prefix)
        if "service" in data_keys:
            data_keys.remove("service")
            data__service = data["service"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_nonemptystring(data__service, custom_formats, name_prefix)
        if "indicator" in data_keys:
            data_keys.remove("indicator")
            data__indicator = data["indicator"]
            validate_https___slolint_dev_schemas_openslo_v1alpha_slo_schema_json__definitions_indicator(data__indicator, custom_formats, name_prefix)
        if "budgetingMethod" in data_keys:
            data_keys.remove("budgetingMethod")
            data__budgetingMethod = data["budgetingMethod"]
            if not (isinstance(data__budgetingMethod, str) and data__budgetingMethod == 'Occurrences' or isinstance(data__budgetingMethod, str) and data__budgetingMethod == 'Timeslices'):
                raise JsonSchemaValueException
        if "timeWindows" in data_keys:
            data_keys.remove("timeWindows")
            data__timeWindows = data["timeWindows"]
            validate_https___slolint_dev_schemas_openslo_v1alpha_slo_schema_json__definitions_timewindows(data__timeWindows, custom_formats, name_prefix)
        if "objectives" in data_keys:
            data_keys.remove("objectives")
            data__objectives = data["objectives"]
            if not isinstance(data__objectives, (list, tuple)):
                raise JsonSchemaValueException
            data__objectives_is_list = isinstance(data__objectives, (list, tuple))
            if data__objectives_is_list:
                data__objectives_len = len(data__objectives)
                if data__objectives_len < 1:
                    raise JsonSchemaValueException
                for data__objectives_x, data__objectives_item in enumerate(data__objectives):
                    validate_https___slolint_dev_schemas_openslo_v1alpha_slo_schema_json__definitions_objective(data__objectives_item, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1alpha_slo_schema_json__definitions_objective(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['value', 'target']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "displayName" in data_keys:
            data_keys.remove("displayName")
            data__displayName = data["displayName"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_description(data__displayName, custom_formats, name_prefix)
        if "value" in data_keys:
            data_keys.remove("value")
            data__value = data["value"]
            if not isinstance(data__value, (int, float, Decimal)) or isinstance(data__value, bool):
                raise JsonSchemaValueException
        if "target" in data_keys:
            data_keys.remove("target")
            data__target = data["target"]
            if not isinstance(data__target, (int, float, Decimal)) or isinstance(data__target, bool):
                raise JsonSchemaValueException
        if "timeSliceTarget" in data_keys:
            data_keys.remove("timeSliceTarget")
            data__timeSliceTarget = data["timeSliceTarget"]
            if not isinstance(data__timeSliceTarget, (int, float, Decimal)) or isinstance(data__timeSliceTarget, bool):
                raise JsonSchemaValueException
            if isinstance(data__timeSliceTarget, (int, float, Decimal)) and not isinstance(data__timeSliceTarget, bool):
                if data__timeSliceTarget < 0:
                    raise JsonSchemaValueException
                if data__timeSliceTarget > 1:
                    raise JsonSchemaValueException
        if "op" in data_keys:
            data_keys.remove("op")
            data__op = data["op"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_operator(data__op, custom_formats, name_prefix)
        if "ratioMetrics" in data_keys:
            data_keys.remove("ratioMetrics")
            data__ratioMetrics = data["ratioMetrics"]
            validate_https___slolint_dev_schemas_openslo_v1alpha_slo_schema_json__definitions_ratiometrics(data__ratioMetrics, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['ratioMetrics']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
    except (JsonSchemaValueException, JsonSchemaValuesException):
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['op']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
    else:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['op']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
        else:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1alpha_slo_schema_json__definitions_ratiometrics(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['good', 'total']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "good" in data_keys:
            data_keys.remove("good")
            data__good = data["good"]
            validate_https___slolint_dev_schemas_openslo_v1alpha_defs_schema_json__definitions_metricsource(data__good, custom_formats, name_prefix)
        if "total" in data_keys:
            data_keys.remove("total")
            data__total = data["total"]
            validate_https___slolint_dev_schemas_openslo_v1alpha_defs_schema_json__definitions_metricsource(data__total, custom_formats, name_prefix)
        if "incremental" in data_keys:
            data_keys.remove("incremental")
            data__incremental = data["incremental"]
            if not isinstance(data__incremental, (bool)):
                raise JsonSchemaValueException
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1alpha_defs_schema_json__definitions_metricsource(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['source', 'queryType', 'query']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "source" in data_keys:
            data_keys.remove("source")
            data__source = data["source"]
            validate_https___slolint_dev_schemas_openslo_v1alpha_defs_schema_json__definitions_alpha(data__source, custom_formats, name_prefix)
        if "queryType" in data_keys:
            data_keys.remove("queryType")
            data__queryType = data["queryType"]
            validate_https___slolint_dev_schemas_openslo_v1alpha_defs_schema_json__definitions_alpha(data__queryType, custom_formats, name_prefix)
        if "query" in data_keys:
            data_keys.remove("query")
            data__query = data["query"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_nonemptystring(data__query, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1alpha_defs_schema_json__definitions_alpha(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException
    if isinstance(data, str):
        if not REGEX_PATTERNS['^[a-zA-Z]+$'].search(data):
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1alpha_slo_schema_json__definitions_timewindows(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException
        if data_len > 1:
            raise JsonSchemaValueException
        for data_x, data_item in enumerate(data):
            validate_https___slolint_dev_schemas_openslo_v1alpha_slo_schema_json__definitions_timewindowentry(data_item, custom_formats, name_prefix)
    return data

def validate_https___slolint_dev_schemas_openslo_v1alpha_slo_schema_json__definitions_timewindowentry(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['unit', 'count']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "unit" in data_keys:
            data_keys.remove("unit")
            data__unit = data["unit"]
            if not (isinstance(data__unit, str) and data__unit == 'Second' or isinstance(data__unit, str) and data__unit == 'Day' or isinstance(data__unit, str) and data__unit == 'Week' or isinstance(data__unit, str) and data__unit == 'Month' or isinstance(data__unit, str) and data__unit == 'Quarter'):
                raise JsonSchemaValueException
        if "count" in data_keys:
            data_keys.remove("count")
            data__count = data["count"]
            if not isinstance(data__count, (int)) and not (isinstance(data__count, float) and data__count.is_integer()) or isinstance(data__count, bool):
                raise JsonSchemaValueException
            if isinstance(data__count, (int, float, Decimal)) and not isinstance(data__count, bool):
                if data__count <= 0:
                    raise JsonSchemaValueException
        if "isRolling" in data_keys:
            data_keys.remove("isRolling")
            data__isRolling = data["isRolling"]
            if not isinstance(data__isRolling, (bool)):
                raise JsonSchemaValueException
        if "calendar" in data_keys:
            data_keys.remove("calendar")
            data__calendar = data["calendar"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_calendar(data__calendar, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['isRolling']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
            data_keys = set(data.keys())
            if "isRolling" in data_keys:
                data_keys.remove("isRolling")
                data__isRolling = data["isRolling"]
                if not (isinstance(data__isRolling, bool) and data__isRolling is True):
                    raise JsonSchemaValueException
    except (JsonSchemaValueException, JsonSchemaValuesException):
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['calendar']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
    else:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['calendar']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
        else:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1alpha_slo_schema_json__definitions_indicator(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['thresholdMetric']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "thresholdMetric" in data_keys:
            data_keys.remove("thresholdMetric")
            data__thresholdMetric = data["thresholdMetric"]
            validate_https___slolint_dev_schemas_openslo_v1alpha_defs_schema_json__definitions_metricsource(data__thresholdMetric, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1alpha_slo_schema_json__definitions_indicatororratiometrics(data, custom_formats={}, name_prefix=None):
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['indicator']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
    except (JsonSchemaValueException, JsonSchemaValuesException):
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['objectives']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
                data_keys = set(data.keys())
                if "objectives" in data_keys:
                    data_keys.remove("objectives")
                    data__objectives = data["objectives"]
                    if not isinstance(data__objectives, (list, tuple)):
                        raise JsonSchemaValueException
                    data__objectives_is_list = isinstance(data__objectives, (list, tuple))
                    if data__objectives_is_list:
                        data__objectives_contains = False
                        for data__objectives_key in data__objectives:
                            try:
                                if not isinstance(data__objectives_key, (dict)):
                                    raise JsonSchemaValueException
                                data__objectives_key_is_dict = isinstance(data__objectives_key, dict)
                                if data__objectives_key_is_dict:
                                    data__objectives_key__missing_keys = set(['ratioMetrics']) - data__objectives_key.keys()
                                    if data__objectives_key__missing_keys:
                                        raise JsonSchemaValueException
                                data__objectives_contains = True
                                break
                            except (JsonSchemaValueException, JsonSchemaValuesException): pass
                        if not data__objectives_contains:
                            raise JsonSchemaValueException
        except (JsonSchemaValueException, JsonSchemaValuesException):
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['indicator']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if "objectives" in data_keys:
                data_keys.remove("objectives")
                data__objectives = data["objectives"]
                data__objectives_is_list = isinstance(data__objectives, (list, tuple))
                if data__objectives_is_list:
                    data__objectives_len = len(data__objectives)
                    for data__objectives_x, data__objectives_item in enumerate(data__objectives):
                        try:
                            data__objectives_item_is_dict = isinstance(data__objectives_item, dict)
                            if data__objectives_item_is_dict:
                                data__objectives_item__missing_keys = set(['ratioMetrics']) - data__objectives_item.keys()
                                if data__objectives_item__missing_keys:
                                    raise JsonSchemaValueException
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                        else:
                            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1_alertnotificationtarget_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['apiVersion', 'kind', 'metadata', 'spec']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "apiVersion" in data_keys:
            data_keys.remove("apiVersion")
            data__apiVersion = data["apiVersion"]
            if not (isinstance(data__apiVersion, str) and data__apiVersion == 'openslo/v1'):
                raise JsonSchemaValueException
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'AlertNotificationTarget'):
                raise JsonSchemaValueException
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_metadata(data__metadata, custom_formats, name_prefix)
        if "spec" in data_keys:
            data_keys.remove("spec")
            data__spec = data["spec"]
            validate_https___slolint_dev_schemas_openslo_v1_alertnotificationtarget_schema_json__definitions_spec(data__spec, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1_alertnotificationtarget_schema_json__definitions_spec(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['target']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_description(data__description, custom_formats, name_prefix)
        if "target" in data_keys:
            data_keys.remove("target")
            data__target = data["target"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_nonemptystring(data__target, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1_alertcondition_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['apiVersion', 'kind', 'metadata', 'spec']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "apiVersion" in data_keys:
            data_keys.remove("apiVersion")
            data__apiVersion = data["apiVersion"]
            if not (isinstance(data__apiVersion, str) and data__apiVersion == 'openslo/v1'):
                raise JsonSchemaValueException
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'AlertCondition'):
                raise JsonSchemaValueException
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_metadata(data__metadata, custom_formats, name_prefix)
        if "spec" in data_keys:
            data_keys.remove("spec")
            data__spec = data["spec"]
            validate_https___slolint_dev_schemas_openslo_v1_alertcondition_schema_json__definitions_spec(data__spec, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1_alertcondition_schema_json__definitions_spec(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['severity', 'condition']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_description(data__description, custom_formats, name_prefix)
        if "severity" in data_keys:
            data_keys.remove("severity")
            data__severity = data["severity"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_nonemptystring(data__severity, custom_formats, name_prefix)
        if "condition" in data_keys:
            data_keys.remove("condition")
            data__condition = data["condition"]
            validate_https___slolint_dev_schemas_openslo_v1_alertcondition_schema_json__definitions_condition(data__condition, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1_alertcondition_schema_json__definitions_condition(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['kind', 'op', 'threshold', 'lookbackWindow']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'burnrate'):
                raise JsonSchemaValueException
        if "op" in data_keys:
            data_keys.remove("op")
            data__op = data["op"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_operator(data__op, custom_formats, name_prefix)
        if "threshold" in data_keys:
            data_keys.remove("threshold")
            data__threshold = data["threshold"]
            if not isinstance(data__threshold, (int, float, Decimal)) or isinstance(data__threshold, bool):
                raise JsonSchemaValueException
        if "lookbackWindow" in data_keys:
            data_keys.remove("lookbackWindow")
            data__lookbackWindow = data["lookbackWindow"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_durationshorthand(data__lookbackWindow, custom_formats, name_prefix)
        if "alertAfter" in data_keys:
            data_keys.remove("alertAfter")
            data__alertAfter = data["alertAfter"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_durationshorthand(data__alertAfter, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1_alertpolicy_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['apiVersion', 'kind', 'metadata', 'spec']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "apiVersion" in data_keys:
            data_keys.remove("apiVersion")
            data__apiVersion = data["apiVersion"]
            if not (isinstance(data__apiVersion, str) and data__apiVersion == 'openslo/v1'):
                raise JsonSchemaValueException
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'AlertPolicy'):
                raise JsonSchemaValueException
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_metadata(data__metadata, custom_formats, name_prefix)
        if "spec" in data_keys:
            data_keys.remove("spec")
            data__spec = data["spec"]
            validate_https___slolint_dev_schemas_openslo_v1_alertpolicy_schema_json__definitions_spec(data__spec, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1_alertpolicy_schema_json__definitions_spec(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['conditions', 'notificationTargets']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_description(data__description, custom_formats, name_prefix)
        if "alertWhenNoData" in data_keys:
            data_keys.remove("alertWhenNoData")
            data__alertWhenNoData = data["alertWhenNoData"]
            if not isinstance(data__alertWhenNoData, (bool)):
                raise JsonSchemaValueException
        if "alertWhenBreaching" in data_keys:
            data_keys.remove("alertWhenBreaching")
            data__alertWhenBreaching = data["alertWhenBreaching"]
            if not isinstance(data__alertWhenBreaching, (bool)):
                raise JsonSchemaValueException
        if "alertWhenResolved" in data_keys:
            data_keys.remove("alertWhenResolved")
            data__alertWhenResolved = data["alertWhenResolved"]
            if not isinstance(data__alertWhenResolved, (bool)):
                raise JsonSchemaValueException
        if "conditions" in data_keys:
            data_keys.remove("conditions")
            data__conditions = data["conditions"]
            if not isinstance(data__conditions, (list, tuple)):
                raise JsonSchemaValueException
            data__conditions_is_list = isinstance(data__conditions, (list, tuple))
            if data__conditions_is_list:
                data__conditions_len = len(data__conditions)
                if data__conditions_len < 1:
                    raise JsonSchemaValueException
                if data__conditions_len > 1:
                    raise JsonSchemaValueException
                for data__conditions_x, data__conditions_item in enumerate(data__conditions):
                    validate_https___slolint_dev_schemas_openslo_v1_alertpolicy_schema_json__definitions_condition(data__conditions_item, custom_formats, name_prefix)
        if "notificationTargets" in data_keys:
            data_keys.remove("notificationTargets")
            data__notificationTargets = data["notificationTargets"]
            if not isinstance(data__notificationTargets, (list, tuple)):
                raise JsonSchemaValueException
            data__notificationTargets_is_list = isinstance(data__notificationTargets, (list, tuple))
            if data__notificationTargets_is_list:
                data__notificationTargets_len = len(data__notificationTargets)
                if data__notificationTargets_len < 1:
                    raise JsonSchemaValueException
                for data__notificationTargets_x, data__notificationTargets_item in enumerate(data__notificationTargets):
                    validate_https___slolint_dev_schemas_openslo_v1_alertpolicy_schema_json__definitions_notificationtarget(data__notificationTargets_item, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1_alertpolicy_schema_json__definitions_notificationtarget(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['spec']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['kind', 'metadata']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['targetRef']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['kind']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
        else:
            raise JsonSchemaValueException
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['metadata']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
        else:
            raise JsonSchemaValueException
    data_one_of_count21 = 0
    if data_one_of_count21 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['targetRef']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count21 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count21 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['spec']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count21 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count21 != 1:
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "targetRef" in data_keys:
            data_keys.remove("targetRef")
            data__targetRef = data["targetRef"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_name(data__targetRef, custom_formats, name_prefix)
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'AlertNotificationTarget'):
                raise JsonSchemaValueException
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_metadata(data__metadata, custom_formats, name_prefix)
        if "spec" in data_keys:
            data_keys.remove("spec")
            data__spec = data["spec"]
            validate_https___slolint_dev_schemas_openslo_v1_alertnotificationtarget_schema_json__definitions_spec(data__spec, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1_alertpolicy_schema_json__definitions_condition(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['spec']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['kind', 'metadata']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['conditionRef']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['kind']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
        else:
            raise JsonSchemaValueException
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['metadata']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
        else:
            raise JsonSchemaValueException
    data_one_of_count22 = 0
    if data_one_of_count22 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['conditionRef']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count22 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count22 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['spec']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count22 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count22 != 1:
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "conditionRef" in data_keys:
            data_keys.remove("conditionRef")
            data__conditionRef = data["conditionRef"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_name(data__conditionRef, custom_formats, name_prefix)
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'AlertCondition'):
                raise JsonSchemaValueException
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_metadata(data__metadata, custom_formats, name_prefix)
        if "spec" in data_keys:
            data_keys.remove("spec")
            data__spec = data["spec"]
            validate_https___slolint_dev_schemas_openslo_v1_alertcondition_schema_json__definitions_spec(data__spec, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1_datasource_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['apiVersion', 'kind', 'metadata', 'spec']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "apiVersion" in data_keys:
            data_keys.remove("apiVersion")
            data__apiVersion = data["apiVersion"]
            if not (isinstance(data__apiVersion, str) and data__apiVersion == 'openslo/v1'):
                raise JsonSchemaValueException
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'DataSource'):
                raise JsonSchemaValueException
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_metadata(data__metadata, custom_formats, name_prefix)
        if "spec" in data_keys:
            data_keys.remove("spec")
            data__spec = data["spec"]
            validate_https___slolint_dev_schemas_openslo_v1_datasource_schema_json__definitions_spec(data__spec, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1_datasource_schema_json__definitions_spec(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['type', 'connectionDetails']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_description(data__description, custom_formats, name_prefix)
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_nonemptystring(data__type, custom_formats, name_prefix)
        if "connectionDetails" in data_keys:
            data_keys.remove("connectionDetails")
            data__connectionDetails = data["connectionDetails"]
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1_service_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['apiVersion', 'kind', 'metadata']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "apiVersion" in data_keys:
            data_keys.remove("apiVersion")
            data__apiVersion = data["apiVersion"]
            if not (isinstance(data__apiVersion, str) and data__apiVersion == 'openslo/v1'):
                raise JsonSchemaValueException
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'Service'):
                raise JsonSchemaValueException
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_metadata(data__metadata, custom_formats, name_prefix)
        if "spec" in data_keys:
            data_keys.remove("spec")
            data__spec = data["spec"]
            validate_https___slolint_dev_schemas_openslo_v1_service_schema_json__definitions_spec(data__spec, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1_service_schema_json__definitions_spec(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_description(data__description, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1_sli_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['apiVersion', 'kind', 'metadata', 'spec']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "apiVersion" in data_keys:
            data_keys.remove("apiVersion")
            data__apiVersion = data["apiVersion"]
            if not (isinstance(data__apiVersion, str) and data__apiVersion == 'openslo/v1'):
                raise JsonSchemaValueException
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'SLI'):
                raise JsonSchemaValueException
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_metadata(data__metadata, custom_formats, name_prefix)
        if "spec" in data_keys:
            data_keys.remove("spec")
            data__spec = data["spec"]
            validate_https___slolint_dev_schemas_openslo_v1_sli_schema_json__definitions_spec(data__spec, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1_sli_schema_json__definitions_spec(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_one_of_count23 = 0
    if data_one_of_count23 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['thresholdMetric']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count23 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count23 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['ratioMetric']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count23 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count23 != 1:
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_description(data__description, custom_formats, name_prefix)
        if "thresholdMetric" in data_keys:
            data_keys.remove("thresholdMetric")
            data__thresholdMetric = data["thresholdMetric"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_metricspec(data__thresholdMetric, custom_formats, name_prefix)
        if "ratioMetric" in data_keys:
            data_keys.remove("ratioMetric")
            data__ratioMetric = data["ratioMetric"]
            validate_https___slolint_dev_schemas_openslo_v1_sli_schema_json__definitions_ratiometric(data__ratioMetric, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1_sli_schema_json__definitions_ratiometric(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['total']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_one_of_count24 = 0
        if data_one_of_count24 < 2:
            try:
                data_is_dict = isinstance(data, dict)
                if data_is_dict:
                    data__missing_keys = set(['good']) - data.keys()
                    if data__missing_keys:
                        raise JsonSchemaValueException
                data_one_of_count24 += 1
            except (JsonSchemaValueException, JsonSchemaValuesException): pass
        if data_one_of_count24 < 2:
            try:
                data_is_dict = isinstance(data, dict)
                if data_is_dict:
                    data__missing_keys = set(['bad']) - data.keys()
                    if data__missing_keys:
                        raise JsonSchemaValueException
                data_one_of_count24 += 1
            except (JsonSchemaValueException, JsonSchemaValuesException): pass
        if data_one_of_count24 != 1:
            raise JsonSchemaValueException
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['raw']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['good']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
        else:
            raise JsonSchemaValueException
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['bad']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
        else:
            raise JsonSchemaValueException
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['rawType']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
    data_one_of_count25 = 0
    if data_one_of_count25 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['total']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count25 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count25 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['raw']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count25 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count25 != 1:
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "counter" in data_keys:
            data_keys.remove("counter")
            data__counter = data["counter"]
            if not isinstance(data__counter, (bool)):
                raise JsonSchemaValueException
        if "good" in data_keys:
            data_keys.remove("good")
            data__good = data["good"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_metricspec(data__good, custom_formats, name_prefix)
        if "bad" in data_keys:
            data_keys.remove("bad")
            data__bad = data["bad"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_metricspec(data__bad, custom_formats, name_prefix)
        if "total" in data_keys:
            data_keys.remove("total")
            data__total = data["total"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_metricspec(data__total, custom_formats, name_prefix)
        if "rawType" in data_keys:
            data_keys.remove("rawType")
            data__rawType = data["rawType"]
            if not (isinstance(data__rawType, str) and data__rawType == 'success' or isinstance(data__rawType, str) and data__rawType == 'failure'):
                raise JsonSchemaValueException
        if "raw" in data_keys:
            data_keys.remove("raw")
            data__raw = data["raw"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_metricspec(data__raw, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_metricspec(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['metricSource']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "metricSource" in data_keys:
            data_keys.remove("metricSource")
            data__metricSource = data["metricSource"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_metricsource(data__metricSource, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_metricsource(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['spec']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "metricSourceRef" in data_keys:
            data_keys.remove("metricSourceRef")
            data__metricSourceRef = data["metricSourceRef"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_name(data__metricSourceRef, custom_formats, name_prefix)
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException
        if "spec" in data_keys:
            data_keys.remove("spec")
            data__spec = data["spec"]
            if not isinstance(data__spec, (dict)):
                raise JsonSchemaValueException
            data__spec_is_dict = isinstance(data__spec, dict)
            if data__spec_is_dict:
                data__spec_len = len(data__spec)
                if data__spec_len < 1:
                    raise JsonSchemaValueException
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1_slo_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['apiVersion', 'kind', 'metadata', 'spec']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "apiVersion" in data_keys:
            data_keys.remove("apiVersion")
            data__apiVersion = data["apiVersion"]
            if not (isinstance(data__apiVersion, str) and data__apiVersion == 'openslo/v1'):
                raise JsonSchemaValueException
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'SLO'):
                raise JsonSchemaValueException
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_metadata(data__metadata, custom_formats, name_prefix)
        if "spec" in data_keys:
            data_keys.remove("spec")
            data__spec = data["spec"]
            validate_https___slolint_dev_schemas_openslo_v1_slo_schema_json__definitions_spec(data__spec, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1_slo_schema_json__definitions_spec(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    validate_https___slolint_dev_schemas_openslo_v1_slo_schema_json__definitions_indicatoratonelevel(data, custom_formats, name_prefix)
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['budgetingMethod']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
            data_keys = set(data.keys())
            if "budgetingMethod" in data_keys:
                data_keys.remove("budgetingMethod")
                data__budgetingMethod = data["budgetingMethod"]
                if not (isinstance(data__budgetingMethod, str) and data__budgetingMethod == 'Timeslices'):
                    raise JsonSchemaValueException
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if "objectives" in data_keys:
                data_keys.remove("objectives")
                data__objectives = data["objectives"]
                data__objectives_is_list = isinstance(data__objectives, (list, tuple))
                if data__objectives_is_list:
                    data__objectives_len = len(data__objectives)
                    for data__objectives_x, data__objectives_item in enumerate(data__objectives):
                        data__objectives_item_is_dict = isinstance(data__objectives_item, dict)
                        if data__objectives_item_is_dict:
                            data__objectives_item__missing_keys = set(['timeSliceTarget', 'timeSliceWindow']) - data__objectives_item.keys()
                            if data__objectives_item__missing_keys:
                                raise JsonSchemaValueException
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['budgetingMethod']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
            data_keys = set(data.keys())
            if "budgetingMethod" in data_keys:
                data_keys.remove("budgetingMethod")
                data__budgetingMethod = data["budgetingMethod"]
                if not (isinstance(data__budgetingMethod, str) and data__budgetingMethod == 'RatioTimeslices'):
                    raise JsonSchemaValueException
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if "objectives" in data_keys:
                data_keys.remove("objectives")
                data__objectives = data["objectives"]
                data__objectives_is_list = isinstance(data__objectives, (list, tuple))
                if data__objectives_is_list:
                    data__objectives_len = len(data__objectives)
                    for data__objectives_x, data__objectives_item in enumerate(data__objectives):
                        data__objectives_item_is_dict = isinstance(data__objectives_item, dict)
                        if data__objectives_item_is_dict:
                            data__objectives_item__missing_keys = set(['timeSliceWindow']) - data__objectives_item.keys()
                            if data__objectives_item__missing_keys:
                                raise JsonSchemaValueException
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['indicator']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
            data_keys = set(data.keys())
            if "indicator" in data_keys:
                data_keys.remove("indicator")
                data__indicator = data["indicator"]
                if not isinstance(data__indicator, (dict)):
                    raise JsonSchemaValueException
                data__indicator_is_dict = isinstance(data__indicator, dict)
                if data__indicator_is_dict:
                    data__indicator__missing_keys = set(['spec']) - data__indicator.keys()
                    if data__indicator__missing_keys:
                        raise JsonSchemaValueException
                    data__indicator_keys = set(data__indicator.keys())
                    if "spec" in data__indicator_keys:
                        data__indicator_keys.remove("spec")
                        data__indicator__spec = data__indicator["spec"]
                        if not isinstance(data__indicator__spec, (dict)):
                            raise JsonSchemaValueException
                        data__indicator__spec_is_dict = isinstance(data__indicator__spec, dict)
                        if data__indicator__spec_is_dict:
                            data__indicator__spec__missing_keys = set(['ratioMetric']) - data__indicator__spec.keys()
                            if data__indicator__spec__missing_keys:
                                raise JsonSchemaValueException
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if "objectives" in data_keys:
                data_keys.remove("objectives")
                data__objectives = data["objectives"]
                data__objectives_is_list = isinstance(data__objectives, (list, tuple))
                if data__objectives_is_list:
                    data__objectives_len = len(data__objectives)
                    for data__objectives_x, data__objectives_item in enumerate(data__objectives):
                        try:
                            data__objectives_item_is_dict = isinstance(data__objectives_item, dict)
                            if data__objectives_item_is_dict:
                                data__objectives_item__missing_keys = set(['op']) - data__objectives_item.keys()
                                if data__objectives_item__missing_keys:
                                    raise JsonSchemaValueException
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                        else:
                            raise JsonSchemaValueException
                        try:
                            data__objectives_item_is_dict = isinstance(data__objectives_item, dict)
                            if data__objectives_item_is_dict:
                                data__objectives_item__missing_keys = set(['value']) - data__objectives_item.keys()
                                if data__objectives_item__missing_keys:
                                    raise JsonSchemaValueException
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                        else:
                            raise JsonSchemaValueException
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['indicator']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
            data_keys = set(data.keys())
            if "indicator" in data_keys:
                data_keys.remove("indicator")
                data__indicator = data["indicator"]
                if not isinstance(data__indicator, (dict)):
                    raise JsonSchemaValueException
                data__indicator_is_dict = isinstance(data__indicator, dict)
                if data__indicator_is_dict:
                    data__indicator__missing_keys = set(['spec']) - data__indicator.keys()
                    if data__indicator__missing_keys:
                        raise JsonSchemaValueException
                    data__indicator_keys = set(data__indicator.keys())
                    if "spec" in data__indicator_keys:
                        data__indicator_keys.remove("spec")
                        data__indicator__spec = data__indicator["spec"]
                        if not isinstance(data__indicator__spec, (dict)):
                            raise JsonSchemaValueException
                        data__indicator__spec_is_dict = isinstance(data__indicator__spec, dict)
                        if data__indicator__spec_is_dict:
                            data__indicator__spec__missing_keys = set(['thresholdMetric']) - data__indicator__spec.keys()
                            if data__indicator__spec__missing_keys:
                                raise JsonSchemaValueException
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if "objectives" in data_keys:
                data_keys.remove("objectives")
                data__objectives = data["objectives"]
                data__objectives_is_list = isinstance(data__objectives, (list, tuple))
                if data__objectives_is_list:
                    data__objectives_len = len(data__objectives)
                    for data__objectives_x, data__objectives_item in enumerate(data__objectives):
                        data__objectives_item_is_dict = isinstance(data__objectives_item, dict)
                        if data__objectives_item_is_dict:
                            data__objectives_item__missing_keys = set(['op', 'value']) - data__objectives_item.keys()
                            if data__objectives_item__missing_keys:
                                raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['service', 'budgetingMethod', 'timeWindow', 'objectives']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_description(data__description, custom_formats, name_prefix)
        if "service" in data_keys:
            data_keys.remove("service")
            data__service = data["service"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_nonemptystring(data__service, custom_formats, name_prefix)
        if "indicator" in data_keys:
            data_keys.remove("indicator")
            data__indicator = data["indicator"]
            validate_https___slolint_dev_schemas_openslo_v1_slo_schema_json__definitions_inlineindicator(data__indicator, custom_formats, name_prefix)
        if "indicatorRef" in data_keys:
            data_keys.remove("indicatorRef")
            data__indicatorRef = data["indicatorRef"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_name(data__indicatorRef, custom_formats, name_prefix)
        if "budgetingMethod" in data_keys:
            data_keys.remove("budgetingMethod")
            data__budgetingMethod = data["budgetingMethod"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_budgetingmethod(data__budgetingMethod, custom_formats, name_prefix)
        if "timeWindow" in data_keys:
            data_keys.remove("timeWindow")
            data__timeWindow = data["timeWindow"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_timewindow(data__timeWindow, custom_formats, name_prefix)
        if "objectives" in data_keys:
            data_keys.remove("objectives")
            data__objectives = data["objectives"]
            if not isinstance(data__objectives, (list, tuple)):
                raise JsonSchemaValueException
            data__objectives_is_list = isinstance(data__objectives, (list, tuple))
            if data__objectives_is_list:
                data__objectives_len = len(data__objectives)
                if data__objectives_len < 1:
                    raise JsonSchemaValueException
                for data__objectives_x, data__objectives_item in enumerate(data__objectives):
                    validate_https___slolint_dev_schemas_openslo_v1_slo_schema_json__definitions_objective(data__objectives_item, custom_formats, name_prefix)
        if "alertPolicies" in data_keys:
            data_keys.remove("alertPolicies")
            data__alertPolicies = data["alertPolicies"]
            if not isinstance(data__alertPolicies, (list, tuple)):
                raise JsonSchemaValueException
            data__alertPolicies_is_list = isinstance(data__alertPolicies, (list, tuple))
            if data__alertPolicies_is_list:
                data__alertPolicies_len = len(data__alertPolicies)
                for data__alertPolicies_x, data__alertPolicies_item in enumerate(data__alertPolicies):
                    validate_https___slolint_dev_schemas_openslo_v1_slo_schema_json__definitions_alertpolicy(data__alertPolicies_item, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1_slo_schema_json__definitions_alertpolicy(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['spec']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['kind', 'metadata']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['alertPolicyRef']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['kind']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
        else:
            raise JsonSchemaValueException
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['metadata']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
        else:
            raise JsonSchemaValueException
    data_one_of_count26 = 0
    if data_one_of_count26 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['alertPolicyRef']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count26 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count26 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['spec']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count26 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count26 != 1:
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "alertPolicyRef" in data_keys:
            data_keys.remove("alertPolicyRef")
            data__alertPolicyRef = data["alertPolicyRef"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_name(data__alertPolicyRef, custom_formats, name_prefix)
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'AlertPolicy'):
                raise JsonSchemaValueException
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_metadata(data__metadata, custom_formats, name_prefix)
        if "spec" in data_keys:
            data_keys.remove("spec")
            data__spec = data["spec"]
            validate_https___slolint_dev_schemas_openslo_v1_alertpolicy_schema_json__definitions_spec(data__spec, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1_slo_schema_json__definitions_objective(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_one_of_count27 = 0
    if data_one_of_count27 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['target']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count27 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count27 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['targetPercent']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
            data_one_of_count27 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count27 != 1:
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "displayName" in data_keys:
            data_keys.remove("displayName")
            data__displayName = data["displayName"]
            if not isinstance(data__displayName, (str)):
                raise JsonSchemaValueException
        if "op" in data_keys:
            data_keys.remove("op")
            data__op = data["op"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_operator(data__op, custom_formats, name_prefix)
        if "value" in data_keys:
            data_keys.remove("value")
            data__value = data["value"]
            if not isinstance(data__value, (int, float, Decimal)) or isinstance(data__value, bool):
                raise JsonSchemaValueException
        if "target" in data_keys:
            data_keys.remove("target")
            data__target = data["target"]
            if not isinstance(data__target, (int, float, Decimal)) or isinstance(data__target, bool):
                raise JsonSchemaValueException
        if "targetPercent" in data_keys:
            data_keys.remove("targetPercent")
            data__targetPercent = data["targetPercent"]
            if not isinstance(data__targetPercent, (int, float, Decimal)) or isinstance(data__targetPercent, bool):
                raise JsonSchemaValueException
        if "timeSliceTarget" in data_keys:
            data_keys.remove("timeSliceTarget")
            data__timeSliceTarget = data["timeSliceTarget"]
            if not isinstance(data__timeSliceTarget, (int, float, Decimal)) or isinstance(data__timeSliceTarget, bool):
                raise JsonSchemaValueException
            if isinstance(data__timeSliceTarget, (int, float, Decimal)) and not isinstance(data__timeSliceTarget, bool):
                if data__timeSliceTarget > 1:
                    raise JsonSchemaValueException
                if data__timeSliceTarget <= 0:
                    raise JsonSchemaValueException
        if "timeSliceWindow" in data_keys:
            data_keys.remove("timeSliceWindow")
            data__timeSliceWindow = data["timeSliceWindow"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_durationshorthand(data__timeSliceWindow, custom_formats, name_prefix)
        if "indicator" in data_keys:
            data_keys.remove("indicator")
            data__indicator = data["indicator"]
            validate_https___slolint_dev_schemas_openslo_v1_slo_schema_json__definitions_inlineindicator(data__indicator, custom_formats, name_prefix)
        if "indicatorRef" in data_keys:
            data_keys.remove("indicatorRef")
            data__indicatorRef = data["indicatorRef"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_name(data__indicatorRef, custom_formats, name_prefix)
        if "compositeWeight" in data_keys:
            data_keys.remove("compositeWeight")
            data__compositeWeight = data["compositeWeight"]
            if not isinstance(data__compositeWeight, (int, float, Decimal)) or isinstance(data__compositeWeight, bool):
                raise JsonSchemaValueException
            if isinstance(data__compositeWeight, (int, float, Decimal)) and not isinstance(data__compositeWeight, bool):
                if data__compositeWeight <= 0:
                    raise JsonSchemaValueException
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_timewindow(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException
        if data_len > 1:
            raise JsonSchemaValueException
        for data_x, data_item in enumerate(data):
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_timewindowentry(data_item, custom_formats, name_prefix)
            try:
                data_item_any_of_count28 = 0
                if not data_item_any_of_count28:
                    try:
                        try:
                            data_item_is_dict = isinstance(data_item, dict)
                            if data_item_is_dict:
                                data_item__missing_keys = set(['isRolling']) - data_item.keys()
                                if data_item__missing_keys:
                                    raise JsonSchemaValueException
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                        else:
                            raise JsonSchemaValueException
                        data_item_any_of_count28 += 1
                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                if not data_item_any_of_count28:
                    try:
                        data_item_is_dict = isinstance(data_item, dict)
                        if data_item_is_dict:
                            data_item_keys = set(data_item.keys())
                            if "isRolling" in data_item_keys:
                                data_item_keys.remove("isRolling")
                                data_item__isRolling = data_item["isRolling"]
                                if not (isinstance(data_item__isRolling, bool) and data_item__isRolling is False):
                                    raise JsonSchemaValueException
                        data_item_any_of_count28 += 1
                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                if not data_item_any_of_count28:
                    raise JsonSchemaValueException
            except (JsonSchemaValueException, JsonSchemaValuesException):
                pass
            else:
                data_item_is_dict = isinstance(data_item, dict)
                if data_item_is_dict:
                    data_item__missing_keys = set(['calendar']) - data_item.keys()
                    if data_item__missing_keys:
                        raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1_slo_schema_json__definitions_inlineindicator(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['metadata', 'spec']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            validate_https___slolint_dev_schemas_openslo_v1_defs_schema_json__definitions_metadata(data__metadata, custom_formats, name_prefix)
        if "spec" in data_keys:
            data_keys.remove("spec")
            data__spec = data["spec"]
            validate_https___slolint_dev_schemas_openslo_v1_sli_schema_json__definitions_spec(data__spec, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___slolint_dev_schemas_openslo_v1_slo_schema_json__definitions_indicatoratonelevel(data, custom_formats={}, name_prefix=None):
    try:
        data_any_of_count29 = 0
        if not data_any_of_count29:
            try:
                data_is_dict = isinstance(data, dict)
                if data_is_dict:
                    data__missing_keys = set(['indicator']) - data.keys()
                    if data__missing_keys:
                        raise JsonSchemaValueException
                data_any_of_count29 += 1
            except (JsonSchemaValueException, JsonSchemaValuesException): pass
        if not data_any_of_count29:
            try:
                data_is_dict = isinstance(data, dict)
                if data_is_dict:
                    data__missing_keys = set(['indicatorRef']) - data.keys()
                    if data__missing_keys:
                        raise JsonSchemaValueException
                data_any_of_count29 += 1
            except (JsonSchemaValueException, JsonSchemaValuesException): pass
        if not data_any_of_count29:
            raise JsonSchemaValueException
    except (JsonSchemaValueException, JsonSchemaValuesException):
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['objectives']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException
                data_keys = set(data.keys())
                if "objectives" in data_keys:
                    data_keys.remove("objectives")
                    data__objectives = data["objectives"]
                    if not isinstance(data__objectives, (list, tuple)):
                        raise JsonSchemaValueException
                    data__objectives_is_list = isinstance(data__objectives, (list, tuple))
                    if data__objectives_is_list:
                        data__objectives_contains = False
                        for data__objectives_key in data__objectives:
                            try:
                                if not isinstance(data__objectives_key, (dict)):
                                    raise JsonSchemaValueException
                                data__objectives_key_any_of_count30 = 0
                                if not data__objectives_key_any_of_count30:
                                    try:
                                        data__objectives_key_is_dict = isinstance(data__objectives_key, dict)
                                        if data__objectives_key_is_dict:
                                            data__objectives_key__missing_keys = set(['indicator']) - data__objectives_key.keys()
                                            if data__objectives_key__missing_keys:
                                                raise JsonSchemaValueException
                                        data__objectives_key_any_of_count30 += 1
                                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                if not data__objectives_key_any_of_count30:
                                    try:
                                        data__objectives_key_is_dict = isinstance(data__objectives_key, dict)
                                        if data__objectives_key_is_dict:
                                            data__objectives_key__missing_keys = set(['indicatorRef']) - data__objectives_key.keys()
                                            if data__objectives_key__missing_keys:
                                                raise JsonSchemaValueException
                                        data__objectives_key_any_of_count30 += 1
                                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                if not data__objectives_key_any_of_count30:
                                    raise JsonSchemaValueException
                                data__objectives_contains = True
                                break
                            except (JsonSchemaValueException, JsonSchemaValuesException): pass
                        if not data__objectives_contains:
                            raise JsonSchemaValueException
        except (JsonSchemaValueException, JsonSchemaValuesException):
            data_one_of_count31 = 0
            if data_one_of_count31 < 2:
                try:
                    data_is_dict = isinstance(data, dict)
                    if data_is_dict:
                        data__missing_keys = set(['indicator']) - data.keys()
                        if data__missing_keys:
                            raise JsonSchemaValueException
                    data_one_of_count31 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data_one_of_count31 < 2:
                try:
                    data_is_dict = isinstance(data, dict)
                    if data_is_dict:
                        data__missing_keys = set(['indicatorRef']) - data.keys()
                        if data__missing_keys:
                            raise JsonSchemaValueException
                    data_one_of_count31 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data_one_of_count31 != 1:
                raise JsonSchemaValueException
        else:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data_keys = set(data.keys())
                if "objectives" in data_keys:
                    data_keys.remove("objectives")
                    data__objectives = data["objectives"]
                    data__objectives_is_list = isinstance(data__objectives, (list, tuple))
                    if data__objectives_is_list:
                        data__objectives_len = len(data__objectives)
                        for data__objectives_x, data__objectives_item in enumerate(data__objectives):
                            data__objectives_item_one_of_count32 = 0
                            if data__objectives_item_one_of_count32 < 2:
                                try:
                                    data__objectives_item_is_dict = isinstance(data__objectives_item, dict)
                                    if data__objectives_item_is_dict:
                                        data__objectives_item__missing_keys = set(['indicator']) - data__objectives_item.keys()
                                        if data__objectives_item__missing_keys:
                                            raise JsonSchemaValueException
                                    data__objectives_item_one_of_count32 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if data__objectives_item_one_of_count32 < 2:
                                try:
                                    data__objectives_item_is_dict = isinstance(data__objectives_item, dict)
                                    if data__objectives_item_is_dict:
                                        data__objectives_item__missing_keys = set(['indicatorRef']) - data__objectives_item.keys()
                                        if data__objectives_item__missing_keys:
                                            raise JsonSchemaValueException
                                    data__objectives_item_one_of_count32 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if data__objectives_item_one_of_count32 != 1:
                                raise JsonSchemaValueException
    else:
        data_one_of_count33 = 0
        if data_one_of_count33 < 2:
            try:
                data_is_dict = isinstance(data, dict)
                if data_is_dict:
                    data__missing_keys = set(['indicator']) - data.keys()
                    if data__missing_keys:
                        raise JsonSchemaValueException
                data_one_of_count33 += 1
            except (JsonSchemaValueException, JsonSchemaValuesException): pass
        if data_one_of_count33 < 2:
            try:
                data_is_dict = isinstance(data, dict)
                if data_is_dict:
                    data__missing_keys = set(['indicatorRef']) - data.keys()
                    if data__missing_keys:
                        raise JsonSchemaValueException
                data_one_of_count33 += 1
            except (JsonSchemaValueException, JsonSchemaValuesException): pass
        if data_one_of_count33 != 1:
            raise JsonSchemaValueException
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if "objectives" in data_keys:
                data_keys.remove("objectives")
                data__objectives = data["objectives"]
                data__objectives_is_list = isinstance(data__objectives, (list, tuple))
                if data__objectives_is_list:
                    data__objectives_len = len(data__objectives)
                    for data__objectives_x, data__objectives_item in enumerate(data__objectives):
                        try:
                            data__objectives_item_is_dict = isinstance(data__objectives_item, dict)
                            if data__objectives_item_is_dict:
                                data__objectives_item__missing_keys = set(['indicator']) - data__objectives_item.keys()
                                if data__objectives_item__missing_keys:
                                    raise JsonSchemaValueException
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                        else:
                            raise JsonSchemaValueException
                        try:
                            data__objectives_item_is_dict = isinstance(data__objectives_item, dict)
                            if data__objectives_item_is_dict:
                                data__objectives_item__missing_keys = set(['indicatorRef']) - data__objectives_item.keys()
                                if data__objectives_item__missing_keys:
                                    raise JsonSchemaValueException
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                        else:
                            raise JsonSchemaValueException
    return data

VALIDATORS: dict[str, Callable[..., None]] = {
    'openslo-v1/alertcondition.schema.json': validate_https___slolint_dev_schemas_openslo_v1_alertcondition_schema_json,
    'openslo-v1/alertnotificationtarget.schema.json': validate_https___slolint_dev_schemas_openslo_v1_alertnotificationtarget_schema_json,
    'openslo-v1/alertpolicy.schema.json': validate_https___slolint_dev_schemas_openslo_v1_alertpolicy_schema_json,
    'openslo-v1/datasource.schema.json': validate_https___slolint_dev_schemas_openslo_v1_datasource_schema_json,
    'openslo-v1/service.schema.json': validate_https___slolint_dev_schemas_openslo_v1_service_schema_json,
    'openslo-v1/sli.schema.json': validate_https___slolint_dev_schemas_openslo_v1_sli_schema_json,
    'openslo-v1/slo.schema.json': validate_https___slolint_dev_schemas_openslo_v1_slo_schema_json,
    'openslo-v1alpha/service.schema.json': validate_https___slolint_dev_schemas_openslo_v1alpha_service_schema_json,
    'openslo-v1alpha/slo.schema.json': validate_https___slolint_dev_schemas_openslo_v1alpha_slo_schema_json,
    'openslo-v2alpha/alertcondition.schema.json': validate_https___slolint_dev_schemas_openslo_v2alpha_alertcondition_schema_json,
    'openslo-v2alpha/alertnotificationtarget.schema.json': validate_https___slolint_dev_schemas_openslo_v2alpha_alertnotificationtarget_schema_json,
    'openslo-v2alpha/alertpolicy.schema.json': validate_https___slolint_dev_schemas_openslo_v2alpha_alertpolicy_schema_json,
    'openslo-v2alpha/datasource.schema.json': validate_https___slolint_dev_schemas_openslo_v2alpha_datasource_schema_json,
    'openslo-v2alpha/service.schema.json': validate_https___slolint_dev_schemas_openslo_v2alpha_service_schema_json,
    'openslo-v2alpha/sli.schema.json': validate_https___slolint_dev_schemas_openslo_v2alpha_sli_schema_json,
    'openslo-v2alpha/slo.schema.json': validate_https___slolint_dev_schemas_openslo_v2alpha_slo_schema_json,
    'pyrra-v1alpha1/servicelevelobjective.schema.json': validate_https___slolint_dev_schemas_pyrra_v1alpha1_servicelevelobjective_schema_json,
    'slo-generator-v1/error-budget-policy-step.schema.json': validate_https___slolint_dev_schemas_slo_generator_v1_error_budget_policy_step_schema_json,
    'slo-generator-v1/slo.schema.json': validate_https___slolint_dev_schemas_slo_generator_v1_slo_schema_json,
    'slo-generator-v2/slo-generator-config.schema.json': validate_https___slolint_dev_schemas_slo_generator_v2_slo_generator_config_schema_json,
    'slo-generator-v2/slo.schema.json': validate_https___slolint_dev_schemas_slo_generator_v2_slo_schema_json,
    'slolint-v1alpha1/errorbudgetpolicy.schema.json': validate_https___slolint_dev_schemas_slolint_v1alpha1_errorbudgetpolicy_schema_json,
    'slolint-v1alpha1/sla.schema.json': validate_https___slolint_dev_schemas_slolint_v1alpha1_sla_schema_json,
    'sloth-v1/alertwindows.schema.json': validate_https___slolint_dev_schemas_sloth_v1_alertwindows_schema_json,
    'sloth-v1/prometheusservicelevel.schema.json': validate_https___slolint_dev_schemas_sloth_v1_prometheusservicelevel_schema_json,
    'sloth-v1/sloth.schema.json': validate_https___slolint_dev_schemas_sloth_v1_sloth_schema_json,
}
"""Schema key -> function(data, formats); raises JsonSchemaValueException if invalid."""
