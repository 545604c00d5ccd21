# generated from proto/elarian/app_socket.proto by `python -m codegen`; do not edit.
import datetime

from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf import wrappers_pb2 as _wrappers_pb2
from . import activity_pb2 as _activity_pb2
from . import app_pb2 as _app_pb2
from . import common_pb2 as _common_pb2
from . import comms_pb2 as _comms_pb2
from . import connectors_pb2 as _connectors_pb2
from . import identity_pb2 as _identity_pb2
from . import messaging_pb2 as _messaging_pb2
from . import payment_pb2 as _payment_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class AppConnectionMetadata(_message.Message):
    __slots__ = ("org_id", "app_id", "api_key", "auth_token", "simplex_mode", "simulator_mode")
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    API_KEY_FIELD_NUMBER: _ClassVar[int]
    AUTH_TOKEN_FIELD_NUMBER: _ClassVar[int]
    SIMPLEX_MODE_FIELD_NUMBER: _ClassVar[int]
    SIMULATOR_MODE_FIELD_NUMBER: _ClassVar[int]
    org_id: str
    app_id: str
    api_key: _wrappers_pb2.StringValue
    auth_token: _wrappers_pb2.StringValue
    simplex_mode: bool
    simulator_mode: bool
    def __init__(self, org_id: _Optional[str] = ..., app_id: _Optional[str] = ..., api_key: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ..., auth_token: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ..., simplex_mode: _Optional[bool] = ..., simulator_mode: _Optional[bool] = ...) -> None: ...

class AppToServerCommand(_message.Message):
    __slots__ = ("generate_auth_token", "create_customer", "get_customer_state", "adopt_customer_state", "add_customer_reminder", "add_customer_reminder_tag", "cancel_customer_reminder", "cancel_customer_reminder_tag", "update_customer_tag", "delete_customer_tag", "update_customer_secondary_id", "delete_customer_secondary_id", "update_customer_metadata", "delete_customer_metadata", "lease_customer_app_data", "update_customer_app_data", "delete_customer_app_data", "send_message", "send_message_tag", "reply_to_message", "update_messaging_consent", "initiate_payment", "customer_activity", "replay_messaging_consent_update", "replay_received_message", "replay_sent_message", "replay_message_status_update", "replay_message_reaction_update", "replay_messaging_session", "replay_payment", "replay_payment_status_update", "delete_customer", "save_template", "get_template", "list_templates", "preview_template", "delete_template", "set_global_variable", "delete_global_variable", "list_global_variables", "save_event", "delete_event", "list_events", "trigger_event", "subscribe_event", "send_template", "set_otp_config", "list_otp_configs", "send_otp", "verify_otp", "list_providers", "test_provider", "set_provider", "delete_provider", "set_provider_defaults", "query_reports", "create_audience", "import_audience_chunk", "get_audience", "list_audiences", "delete_audience", "list_audience_rejects", "list_audience_members", "save_campaign", "get_campaign", "list_campaigns", "start_campaign", "pause_campaign", "resume_campaign", "cancel_campaign", "test_campaign", "list_connectors", "set_webhook_connector", "delete_webhook_connector", "enable_webhook_connector", "list_webhook_deliveries", "replay_webhook_deliveries", "get_inbound_event", "replay_inbound_event", "update_suppression", "list_suppressions", "query_audit_log", "idempotency_key")
    GENERATE_AUTH_TOKEN_FIELD_NUMBER: _ClassVar[int]
    CREATE_CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    GET_CUSTOMER_STATE_FIELD_NUMBER: _ClassVar[int]
    ADOPT_CUSTOMER_STATE_FIELD_NUMBER: _ClassVar[int]
    ADD_CUSTOMER_REMINDER_FIELD_NUMBER: _ClassVar[int]
    ADD_CUSTOMER_REMINDER_TAG_FIELD_NUMBER: _ClassVar[int]
    CANCEL_CUSTOMER_REMINDER_FIELD_NUMBER: _ClassVar[int]
    CANCEL_CUSTOMER_REMINDER_TAG_FIELD_NUMBER: _ClassVar[int]
    UPDATE_CUSTOMER_TAG_FIELD_NUMBER: _ClassVar[int]
    DELETE_CUSTOMER_TAG_FIELD_NUMBER: _ClassVar[int]
    UPDATE_CUSTOMER_SECONDARY_ID_FIELD_NUMBER: _ClassVar[int]
    DELETE_CUSTOMER_SECONDARY_ID_FIELD_NUMBER: _ClassVar[int]
    UPDATE_CUSTOMER_METADATA_FIELD_NUMBER: _ClassVar[int]
    DELETE_CUSTOMER_METADATA_FIELD_NUMBER: _ClassVar[int]
    LEASE_CUSTOMER_APP_DATA_FIELD_NUMBER: _ClassVar[int]
    UPDATE_CUSTOMER_APP_DATA_FIELD_NUMBER: _ClassVar[int]
    DELETE_CUSTOMER_APP_DATA_FIELD_NUMBER: _ClassVar[int]
    SEND_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    SEND_MESSAGE_TAG_FIELD_NUMBER: _ClassVar[int]
    REPLY_TO_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MESSAGING_CONSENT_FIELD_NUMBER: _ClassVar[int]
    INITIATE_PAYMENT_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_ACTIVITY_FIELD_NUMBER: _ClassVar[int]
    REPLAY_MESSAGING_CONSENT_UPDATE_FIELD_NUMBER: _ClassVar[int]
    REPLAY_RECEIVED_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    REPLAY_SENT_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    REPLAY_MESSAGE_STATUS_UPDATE_FIELD_NUMBER: _ClassVar[int]
    REPLAY_MESSAGE_REACTION_UPDATE_FIELD_NUMBER: _ClassVar[int]
    REPLAY_MESSAGING_SESSION_FIELD_NUMBER: _ClassVar[int]
    REPLAY_PAYMENT_FIELD_NUMBER: _ClassVar[int]
    REPLAY_PAYMENT_STATUS_UPDATE_FIELD_NUMBER: _ClassVar[int]
    DELETE_CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    SAVE_TEMPLATE_FIELD_NUMBER: _ClassVar[int]
    GET_TEMPLATE_FIELD_NUMBER: _ClassVar[int]
    LIST_TEMPLATES_FIELD_NUMBER: _ClassVar[int]
    PREVIEW_TEMPLATE_FIELD_NUMBER: _ClassVar[int]
    DELETE_TEMPLATE_FIELD_NUMBER: _ClassVar[int]
    SET_GLOBAL_VARIABLE_FIELD_NUMBER: _ClassVar[int]
    DELETE_GLOBAL_VARIABLE_FIELD_NUMBER: _ClassVar[int]
    LIST_GLOBAL_VARIABLES_FIELD_NUMBER: _ClassVar[int]
    SAVE_EVENT_FIELD_NUMBER: _ClassVar[int]
    DELETE_EVENT_FIELD_NUMBER: _ClassVar[int]
    LIST_EVENTS_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_EVENT_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIBE_EVENT_FIELD_NUMBER: _ClassVar[int]
    SEND_TEMPLATE_FIELD_NUMBER: _ClassVar[int]
    SET_OTP_CONFIG_FIELD_NUMBER: _ClassVar[int]
    LIST_OTP_CONFIGS_FIELD_NUMBER: _ClassVar[int]
    SEND_OTP_FIELD_NUMBER: _ClassVar[int]
    VERIFY_OTP_FIELD_NUMBER: _ClassVar[int]
    LIST_PROVIDERS_FIELD_NUMBER: _ClassVar[int]
    TEST_PROVIDER_FIELD_NUMBER: _ClassVar[int]
    SET_PROVIDER_FIELD_NUMBER: _ClassVar[int]
    DELETE_PROVIDER_FIELD_NUMBER: _ClassVar[int]
    SET_PROVIDER_DEFAULTS_FIELD_NUMBER: _ClassVar[int]
    QUERY_REPORTS_FIELD_NUMBER: _ClassVar[int]
    CREATE_AUDIENCE_FIELD_NUMBER: _ClassVar[int]
    IMPORT_AUDIENCE_CHUNK_FIELD_NUMBER: _ClassVar[int]
    GET_AUDIENCE_FIELD_NUMBER: _ClassVar[int]
    LIST_AUDIENCES_FIELD_NUMBER: _ClassVar[int]
    DELETE_AUDIENCE_FIELD_NUMBER: _ClassVar[int]
    LIST_AUDIENCE_REJECTS_FIELD_NUMBER: _ClassVar[int]
    LIST_AUDIENCE_MEMBERS_FIELD_NUMBER: _ClassVar[int]
    SAVE_CAMPAIGN_FIELD_NUMBER: _ClassVar[int]
    GET_CAMPAIGN_FIELD_NUMBER: _ClassVar[int]
    LIST_CAMPAIGNS_FIELD_NUMBER: _ClassVar[int]
    START_CAMPAIGN_FIELD_NUMBER: _ClassVar[int]
    PAUSE_CAMPAIGN_FIELD_NUMBER: _ClassVar[int]
    RESUME_CAMPAIGN_FIELD_NUMBER: _ClassVar[int]
    CANCEL_CAMPAIGN_FIELD_NUMBER: _ClassVar[int]
    TEST_CAMPAIGN_FIELD_NUMBER: _ClassVar[int]
    LIST_CONNECTORS_FIELD_NUMBER: _ClassVar[int]
    SET_WEBHOOK_CONNECTOR_FIELD_NUMBER: _ClassVar[int]
    DELETE_WEBHOOK_CONNECTOR_FIELD_NUMBER: _ClassVar[int]
    ENABLE_WEBHOOK_CONNECTOR_FIELD_NUMBER: _ClassVar[int]
    LIST_WEBHOOK_DELIVERIES_FIELD_NUMBER: _ClassVar[int]
    REPLAY_WEBHOOK_DELIVERIES_FIELD_NUMBER: _ClassVar[int]
    GET_INBOUND_EVENT_FIELD_NUMBER: _ClassVar[int]
    REPLAY_INBOUND_EVENT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_SUPPRESSION_FIELD_NUMBER: _ClassVar[int]
    LIST_SUPPRESSIONS_FIELD_NUMBER: _ClassVar[int]
    QUERY_AUDIT_LOG_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    generate_auth_token: GenerateAuthTokenCommand
    create_customer: CreateCustomerCommand
    get_customer_state: GetCustomerStateCommand
    adopt_customer_state: AdoptCustomerStateCommand
    add_customer_reminder: AddCustomerReminderCommand
    add_customer_reminder_tag: AddCustomerReminderTagCommand
    cancel_customer_reminder: CancelCustomerReminderCommand
    cancel_customer_reminder_tag: CancelCustomerReminderTagCommand
    update_customer_tag: UpdateCustomerTagCommand
    delete_customer_tag: DeleteCustomerTagCommand
    update_customer_secondary_id: UpdateCustomerSecondaryIdCommand
    delete_customer_secondary_id: DeleteCustomerSecondaryIdCommand
    update_customer_metadata: UpdateCustomerMetadataCommand
    delete_customer_metadata: DeleteCustomerMetadataCommand
    lease_customer_app_data: LeaseCustomerAppDataCommand
    update_customer_app_data: UpdateCustomerAppDataCommand
    delete_customer_app_data: DeleteCustomerAppDataCommand
    send_message: SendMessageCommand
    send_message_tag: SendMessageTagCommand
    reply_to_message: ReplyToMessageCommand
    update_messaging_consent: UpdateMessagingConsentCommand
    initiate_payment: InitiatePaymentCommand
    customer_activity: CustomerActivityCommand
    replay_messaging_consent_update: ReplayMessagingConsentUpdateCommand
    replay_received_message: ReplayReceivedMessageCommand
    replay_sent_message: ReplaySentMessageCommand
    replay_message_status_update: ReplayMessageStatusUpdateCommand
    replay_message_reaction_update: ReplayMessageReactionUpdateCommand
    replay_messaging_session: ReplayMessagingSessionCommand
    replay_payment: ReplayPaymentCommand
    replay_payment_status_update: ReplayPaymentStatusUpdateCommand
    delete_customer: DeleteCustomerCommand
    save_template: _comms_pb2.SaveTemplateCommand
    get_template: _comms_pb2.GetTemplateCommand
    list_templates: _comms_pb2.ListTemplatesCommand
    preview_template: _comms_pb2.PreviewTemplateCommand
    delete_template: _comms_pb2.DeleteTemplateCommand
    set_global_variable: _comms_pb2.SetGlobalVariableCommand
    delete_global_variable: _comms_pb2.DeleteGlobalVariableCommand
    list_global_variables: _comms_pb2.ListGlobalVariablesCommand
    save_event: _comms_pb2.SaveEventCommand
    delete_event: _comms_pb2.DeleteEventCommand
    list_events: _comms_pb2.ListEventsCommand
    trigger_event: _comms_pb2.TriggerEventCommand
    subscribe_event: _comms_pb2.SubscribeEventCommand
    send_template: _comms_pb2.SendTemplateCommand
    set_otp_config: _comms_pb2.SetOtpConfigCommand
    list_otp_configs: _comms_pb2.ListOtpConfigsCommand
    send_otp: _comms_pb2.SendOtpCommand
    verify_otp: _comms_pb2.VerifyOtpCommand
    list_providers: _comms_pb2.ListProvidersCommand
    test_provider: _comms_pb2.TestProviderCommand
    set_provider: _comms_pb2.SetProviderCommand
    delete_provider: _comms_pb2.DeleteProviderCommand
    set_provider_defaults: _comms_pb2.SetProviderDefaultsCommand
    query_reports: _comms_pb2.QueryReportsCommand
    create_audience: _comms_pb2.CreateAudienceCommand
    import_audience_chunk: _comms_pb2.ImportAudienceChunkCommand
    get_audience: _comms_pb2.GetAudienceCommand
    list_audiences: _comms_pb2.ListAudiencesCommand
    delete_audience: _comms_pb2.DeleteAudienceCommand
    list_audience_rejects: _comms_pb2.ListAudienceRejectsCommand
    list_audience_members: _comms_pb2.ListAudienceMembersCommand
    save_campaign: _comms_pb2.SaveCampaignCommand
    get_campaign: _comms_pb2.GetCampaignCommand
    list_campaigns: _comms_pb2.ListCampaignsCommand
    start_campaign: _comms_pb2.StartCampaignCommand
    pause_campaign: _comms_pb2.PauseCampaignCommand
    resume_campaign: _comms_pb2.ResumeCampaignCommand
    cancel_campaign: _comms_pb2.CancelCampaignCommand
    test_campaign: _comms_pb2.TestCampaignCommand
    list_connectors: _connectors_pb2.ListConnectorsCommand
    set_webhook_connector: _connectors_pb2.SetWebhookConnectorCommand
    delete_webhook_connector: _connectors_pb2.DeleteWebhookConnectorCommand
    enable_webhook_connector: _connectors_pb2.EnableWebhookConnectorCommand
    list_webhook_deliveries: _connectors_pb2.ListWebhookDeliveriesCommand
    replay_webhook_deliveries: _connectors_pb2.ReplayWebhookDeliveriesCommand
    get_inbound_event: _connectors_pb2.GetInboundEventCommand
    replay_inbound_event: _connectors_pb2.ReplayInboundEventCommand
    update_suppression: _comms_pb2.UpdateSuppressionCommand
    list_suppressions: _comms_pb2.ListSuppressionsCommand
    query_audit_log: _comms_pb2.QueryAuditLogCommand
    idempotency_key: str
    def __init__(self, generate_auth_token: _Optional[_Union[GenerateAuthTokenCommand, _Mapping[str, object]]] = ..., create_customer: _Optional[_Union[CreateCustomerCommand, _Mapping[str, object]]] = ..., get_customer_state: _Optional[_Union[GetCustomerStateCommand, _Mapping[str, object]]] = ..., adopt_customer_state: _Optional[_Union[AdoptCustomerStateCommand, _Mapping[str, object]]] = ..., add_customer_reminder: _Optional[_Union[AddCustomerReminderCommand, _Mapping[str, object]]] = ..., add_customer_reminder_tag: _Optional[_Union[AddCustomerReminderTagCommand, _Mapping[str, object]]] = ..., cancel_customer_reminder: _Optional[_Union[CancelCustomerReminderCommand, _Mapping[str, object]]] = ..., cancel_customer_reminder_tag: _Optional[_Union[CancelCustomerReminderTagCommand, _Mapping[str, object]]] = ..., update_customer_tag: _Optional[_Union[UpdateCustomerTagCommand, _Mapping[str, object]]] = ..., delete_customer_tag: _Optional[_Union[DeleteCustomerTagCommand, _Mapping[str, object]]] = ..., update_customer_secondary_id: _Optional[_Union[UpdateCustomerSecondaryIdCommand, _Mapping[str, object]]] = ..., delete_customer_secondary_id: _Optional[_Union[DeleteCustomerSecondaryIdCommand, _Mapping[str, object]]] = ..., update_customer_metadata: _Optional[_Union[UpdateCustomerMetadataCommand, _Mapping[str, object]]] = ..., delete_customer_metadata: _Optional[_Union[DeleteCustomerMetadataCommand, _Mapping[str, object]]] = ..., lease_customer_app_data: _Optional[_Union[LeaseCustomerAppDataCommand, _Mapping[str, object]]] = ..., update_customer_app_data: _Optional[_Union[UpdateCustomerAppDataCommand, _Mapping[str, object]]] = ..., delete_customer_app_data: _Optional[_Union[DeleteCustomerAppDataCommand, _Mapping[str, object]]] = ..., send_message: _Optional[_Union[SendMessageCommand, _Mapping[str, object]]] = ..., send_message_tag: _Optional[_Union[SendMessageTagCommand, _Mapping[str, object]]] = ..., reply_to_message: _Optional[_Union[ReplyToMessageCommand, _Mapping[str, object]]] = ..., update_messaging_consent: _Optional[_Union[UpdateMessagingConsentCommand, _Mapping[str, object]]] = ..., initiate_payment: _Optional[_Union[InitiatePaymentCommand, _Mapping[str, object]]] = ..., customer_activity: _Optional[_Union[CustomerActivityCommand, _Mapping[str, object]]] = ..., replay_messaging_consent_update: _Optional[_Union[ReplayMessagingConsentUpdateCommand, _Mapping[str, object]]] = ..., replay_received_message: _Optional[_Union[ReplayReceivedMessageCommand, _Mapping[str, object]]] = ..., replay_sent_message: _Optional[_Union[ReplaySentMessageCommand, _Mapping[str, object]]] = ..., replay_message_status_update: _Optional[_Union[ReplayMessageStatusUpdateCommand, _Mapping[str, object]]] = ..., replay_message_reaction_update: _Optional[_Union[ReplayMessageReactionUpdateCommand, _Mapping[str, object]]] = ..., replay_messaging_session: _Optional[_Union[ReplayMessagingSessionCommand, _Mapping[str, object]]] = ..., replay_payment: _Optional[_Union[ReplayPaymentCommand, _Mapping[str, object]]] = ..., replay_payment_status_update: _Optional[_Union[ReplayPaymentStatusUpdateCommand, _Mapping[str, object]]] = ..., delete_customer: _Optional[_Union[DeleteCustomerCommand, _Mapping[str, object]]] = ..., save_template: _Optional[_Union[_comms_pb2.SaveTemplateCommand, _Mapping[str, object]]] = ..., get_template: _Optional[_Union[_comms_pb2.GetTemplateCommand, _Mapping[str, object]]] = ..., list_templates: _Optional[_Union[_comms_pb2.ListTemplatesCommand, _Mapping[str, object]]] = ..., preview_template: _Optional[_Union[_comms_pb2.PreviewTemplateCommand, _Mapping[str, object]]] = ..., delete_template: _Optional[_Union[_comms_pb2.DeleteTemplateCommand, _Mapping[str, object]]] = ..., set_global_variable: _Optional[_Union[_comms_pb2.SetGlobalVariableCommand, _Mapping[str, object]]] = ..., delete_global_variable: _Optional[_Union[_comms_pb2.DeleteGlobalVariableCommand, _Mapping[str, object]]] = ..., list_global_variables: _Optional[_Union[_comms_pb2.ListGlobalVariablesCommand, _Mapping[str, object]]] = ..., save_event: _Optional[_Union[_comms_pb2.SaveEventCommand, _Mapping[str, object]]] = ..., delete_event: _Optional[_Union[_comms_pb2.DeleteEventCommand, _Mapping[str, object]]] = ..., list_events: _Optional[_Union[_comms_pb2.ListEventsCommand, _Mapping[str, object]]] = ..., trigger_event: _Optional[_Union[_comms_pb2.TriggerEventCommand, _Mapping[str, object]]] = ..., subscribe_event: _Optional[_Union[_comms_pb2.SubscribeEventCommand, _Mapping[str, object]]] = ..., send_template: _Optional[_Union[_comms_pb2.SendTemplateCommand, _Mapping[str, object]]] = ..., set_otp_config: _Optional[_Union[_comms_pb2.SetOtpConfigCommand, _Mapping[str, object]]] = ..., list_otp_configs: _Optional[_Union[_comms_pb2.ListOtpConfigsCommand, _Mapping[str, object]]] = ..., send_otp: _Optional[_Union[_comms_pb2.SendOtpCommand, _Mapping[str, object]]] = ..., verify_otp: _Optional[_Union[_comms_pb2.VerifyOtpCommand, _Mapping[str, object]]] = ..., list_providers: _Optional[_Union[_comms_pb2.ListProvidersCommand, _Mapping[str, object]]] = ..., test_provider: _Optional[_Union[_comms_pb2.TestProviderCommand, _Mapping[str, object]]] = ..., set_provider: _Optional[_Union[_comms_pb2.SetProviderCommand, _Mapping[str, object]]] = ..., delete_provider: _Optional[_Union[_comms_pb2.DeleteProviderCommand, _Mapping[str, object]]] = ..., set_provider_defaults: _Optional[_Union[_comms_pb2.SetProviderDefaultsCommand, _Mapping[str, object]]] = ..., query_reports: _Optional[_Union[_comms_pb2.QueryReportsCommand, _Mapping[str, object]]] = ..., create_audience: _Optional[_Union[_comms_pb2.CreateAudienceCommand, _Mapping[str, object]]] = ..., import_audience_chunk: _Optional[_Union[_comms_pb2.ImportAudienceChunkCommand, _Mapping[str, object]]] = ..., get_audience: _Optional[_Union[_comms_pb2.GetAudienceCommand, _Mapping[str, object]]] = ..., list_audiences: _Optional[_Union[_comms_pb2.ListAudiencesCommand, _Mapping[str, object]]] = ..., delete_audience: _Optional[_Union[_comms_pb2.DeleteAudienceCommand, _Mapping[str, object]]] = ..., list_audience_rejects: _Optional[_Union[_comms_pb2.ListAudienceRejectsCommand, _Mapping[str, object]]] = ..., list_audience_members: _Optional[_Union[_comms_pb2.ListAudienceMembersCommand, _Mapping[str, object]]] = ..., save_campaign: _Optional[_Union[_comms_pb2.SaveCampaignCommand, _Mapping[str, object]]] = ..., get_campaign: _Optional[_Union[_comms_pb2.GetCampaignCommand, _Mapping[str, object]]] = ..., list_campaigns: _Optional[_Union[_comms_pb2.ListCampaignsCommand, _Mapping[str, object]]] = ..., start_campaign: _Optional[_Union[_comms_pb2.StartCampaignCommand, _Mapping[str, object]]] = ..., pause_campaign: _Optional[_Union[_comms_pb2.PauseCampaignCommand, _Mapping[str, object]]] = ..., resume_campaign: _Optional[_Union[_comms_pb2.ResumeCampaignCommand, _Mapping[str, object]]] = ..., cancel_campaign: _Optional[_Union[_comms_pb2.CancelCampaignCommand, _Mapping[str, object]]] = ..., test_campaign: _Optional[_Union[_comms_pb2.TestCampaignCommand, _Mapping[str, object]]] = ..., list_connectors: _Optional[_Union[_connectors_pb2.ListConnectorsCommand, _Mapping[str, object]]] = ..., set_webhook_connector: _Optional[_Union[_connectors_pb2.SetWebhookConnectorCommand, _Mapping[str, object]]] = ..., delete_webhook_connector: _Optional[_Union[_connectors_pb2.DeleteWebhookConnectorCommand, _Mapping[str, object]]] = ..., enable_webhook_connector: _Optional[_Union[_connectors_pb2.EnableWebhookConnectorCommand, _Mapping[str, object]]] = ..., list_webhook_deliveries: _Optional[_Union[_connectors_pb2.ListWebhookDeliveriesCommand, _Mapping[str, object]]] = ..., replay_webhook_deliveries: _Optional[_Union[_connectors_pb2.ReplayWebhookDeliveriesCommand, _Mapping[str, object]]] = ..., get_inbound_event: _Optional[_Union[_connectors_pb2.GetInboundEventCommand, _Mapping[str, object]]] = ..., replay_inbound_event: _Optional[_Union[_connectors_pb2.ReplayInboundEventCommand, _Mapping[str, object]]] = ..., update_suppression: _Optional[_Union[_comms_pb2.UpdateSuppressionCommand, _Mapping[str, object]]] = ..., list_suppressions: _Optional[_Union[_comms_pb2.ListSuppressionsCommand, _Mapping[str, object]]] = ..., query_audit_log: _Optional[_Union[_comms_pb2.QueryAuditLogCommand, _Mapping[str, object]]] = ..., idempotency_key: _Optional[str] = ...) -> None: ...

class AppToServerCommandReply(_message.Message):
    __slots__ = ("generate_auth_token", "get_customer_state", "update_customer_state", "update_customer_app_data", "lease_customer_app_data", "send_message", "update_messaging_consent", "initiate_payment", "tag_command", "customer_activity", "replay_payment", "save_template", "get_template", "list_templates", "preview_template", "delete_template", "set_global_variable", "delete_global_variable", "list_global_variables", "save_event", "delete_event", "list_events", "trigger_event", "subscribe_event", "send_template", "set_otp_config", "list_otp_configs", "send_otp", "verify_otp", "list_providers", "test_provider", "set_provider", "delete_provider", "set_provider_defaults", "query_reports", "create_audience", "import_audience_chunk", "get_audience", "list_audiences", "delete_audience", "list_audience_rejects", "list_audience_members", "save_campaign", "get_campaign", "list_campaigns", "start_campaign", "pause_campaign", "resume_campaign", "cancel_campaign", "test_campaign", "list_connectors", "set_webhook_connector", "delete_webhook_connector", "enable_webhook_connector", "list_webhook_deliveries", "replay_webhook_deliveries", "get_inbound_event", "replay_inbound_event", "update_suppression", "list_suppressions", "query_audit_log")
    GENERATE_AUTH_TOKEN_FIELD_NUMBER: _ClassVar[int]
    GET_CUSTOMER_STATE_FIELD_NUMBER: _ClassVar[int]
    UPDATE_CUSTOMER_STATE_FIELD_NUMBER: _ClassVar[int]
    UPDATE_CUSTOMER_APP_DATA_FIELD_NUMBER: _ClassVar[int]
    LEASE_CUSTOMER_APP_DATA_FIELD_NUMBER: _ClassVar[int]
    SEND_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MESSAGING_CONSENT_FIELD_NUMBER: _ClassVar[int]
    INITIATE_PAYMENT_FIELD_NUMBER: _ClassVar[int]
    TAG_COMMAND_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_ACTIVITY_FIELD_NUMBER: _ClassVar[int]
    REPLAY_PAYMENT_FIELD_NUMBER: _ClassVar[int]
    SAVE_TEMPLATE_FIELD_NUMBER: _ClassVar[int]
    GET_TEMPLATE_FIELD_NUMBER: _ClassVar[int]
    LIST_TEMPLATES_FIELD_NUMBER: _ClassVar[int]
    PREVIEW_TEMPLATE_FIELD_NUMBER: _ClassVar[int]
    DELETE_TEMPLATE_FIELD_NUMBER: _ClassVar[int]
    SET_GLOBAL_VARIABLE_FIELD_NUMBER: _ClassVar[int]
    DELETE_GLOBAL_VARIABLE_FIELD_NUMBER: _ClassVar[int]
    LIST_GLOBAL_VARIABLES_FIELD_NUMBER: _ClassVar[int]
    SAVE_EVENT_FIELD_NUMBER: _ClassVar[int]
    DELETE_EVENT_FIELD_NUMBER: _ClassVar[int]
    LIST_EVENTS_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_EVENT_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIBE_EVENT_FIELD_NUMBER: _ClassVar[int]
    SEND_TEMPLATE_FIELD_NUMBER: _ClassVar[int]
    SET_OTP_CONFIG_FIELD_NUMBER: _ClassVar[int]
    LIST_OTP_CONFIGS_FIELD_NUMBER: _ClassVar[int]
    SEND_OTP_FIELD_NUMBER: _ClassVar[int]
    VERIFY_OTP_FIELD_NUMBER: _ClassVar[int]
    LIST_PROVIDERS_FIELD_NUMBER: _ClassVar[int]
    TEST_PROVIDER_FIELD_NUMBER: _ClassVar[int]
    SET_PROVIDER_FIELD_NUMBER: _ClassVar[int]
    DELETE_PROVIDER_FIELD_NUMBER: _ClassVar[int]
    SET_PROVIDER_DEFAULTS_FIELD_NUMBER: _ClassVar[int]
    QUERY_REPORTS_FIELD_NUMBER: _ClassVar[int]
    CREATE_AUDIENCE_FIELD_NUMBER: _ClassVar[int]
    IMPORT_AUDIENCE_CHUNK_FIELD_NUMBER: _ClassVar[int]
    GET_AUDIENCE_FIELD_NUMBER: _ClassVar[int]
    LIST_AUDIENCES_FIELD_NUMBER: _ClassVar[int]
    DELETE_AUDIENCE_FIELD_NUMBER: _ClassVar[int]
    LIST_AUDIENCE_REJECTS_FIELD_NUMBER: _ClassVar[int]
    LIST_AUDIENCE_MEMBERS_FIELD_NUMBER: _ClassVar[int]
    SAVE_CAMPAIGN_FIELD_NUMBER: _ClassVar[int]
    GET_CAMPAIGN_FIELD_NUMBER: _ClassVar[int]
    LIST_CAMPAIGNS_FIELD_NUMBER: _ClassVar[int]
    START_CAMPAIGN_FIELD_NUMBER: _ClassVar[int]
    PAUSE_CAMPAIGN_FIELD_NUMBER: _ClassVar[int]
    RESUME_CAMPAIGN_FIELD_NUMBER: _ClassVar[int]
    CANCEL_CAMPAIGN_FIELD_NUMBER: _ClassVar[int]
    TEST_CAMPAIGN_FIELD_NUMBER: _ClassVar[int]
    LIST_CONNECTORS_FIELD_NUMBER: _ClassVar[int]
    SET_WEBHOOK_CONNECTOR_FIELD_NUMBER: _ClassVar[int]
    DELETE_WEBHOOK_CONNECTOR_FIELD_NUMBER: _ClassVar[int]
    ENABLE_WEBHOOK_CONNECTOR_FIELD_NUMBER: _ClassVar[int]
    LIST_WEBHOOK_DELIVERIES_FIELD_NUMBER: _ClassVar[int]
    REPLAY_WEBHOOK_DELIVERIES_FIELD_NUMBER: _ClassVar[int]
    GET_INBOUND_EVENT_FIELD_NUMBER: _ClassVar[int]
    REPLAY_INBOUND_EVENT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_SUPPRESSION_FIELD_NUMBER: _ClassVar[int]
    LIST_SUPPRESSIONS_FIELD_NUMBER: _ClassVar[int]
    QUERY_AUDIT_LOG_FIELD_NUMBER: _ClassVar[int]
    generate_auth_token: GenerateAuthTokenReply
    get_customer_state: GetCustomerStateReply
    update_customer_state: UpdateCustomerStateReply
    update_customer_app_data: UpdateCustomerAppDataReply
    lease_customer_app_data: LeaseCustomerAppDataReply
    send_message: SendMessageReply
    update_messaging_consent: UpdateMessagingConsentReply
    initiate_payment: InitiatePaymentReply
    tag_command: TagCommandReply
    customer_activity: CustomerActivityReply
    replay_payment: ReplayPaymentReply
    save_template: _comms_pb2.TemplateReply
    get_template: _comms_pb2.TemplateReply
    list_templates: _comms_pb2.TemplateListReply
    preview_template: _comms_pb2.PreviewTemplateReply
    delete_template: _comms_pb2.CommsReply
    set_global_variable: _comms_pb2.GlobalVariablesReply
    delete_global_variable: _comms_pb2.GlobalVariablesReply
    list_global_variables: _comms_pb2.GlobalVariablesReply
    save_event: _comms_pb2.EventReply
    delete_event: _comms_pb2.CommsReply
    list_events: _comms_pb2.EventListReply
    trigger_event: _comms_pb2.CommsSendReply
    subscribe_event: _comms_pb2.CommsReply
    send_template: _comms_pb2.CommsSendReply
    set_otp_config: _comms_pb2.OtpConfigsReply
    list_otp_configs: _comms_pb2.OtpConfigsReply
    send_otp: _comms_pb2.SendOtpReply
    verify_otp: _comms_pb2.VerifyOtpReply
    list_providers: _comms_pb2.ProvidersReply
    test_provider: _comms_pb2.CommsReply
    set_provider: _comms_pb2.ProvidersReply
    delete_provider: _comms_pb2.ProvidersReply
    set_provider_defaults: _comms_pb2.ProvidersReply
    query_reports: _comms_pb2.ReportsReply
    create_audience: _comms_pb2.AudienceReply
    import_audience_chunk: _comms_pb2.AudienceReply
    get_audience: _comms_pb2.AudienceReply
    list_audiences: _comms_pb2.AudienceListReply
    delete_audience: _comms_pb2.CommsReply
    list_audience_rejects: _comms_pb2.AudienceRejectsReply
    list_audience_members: _comms_pb2.AudienceMembersReply
    save_campaign: _comms_pb2.CampaignReply
    get_campaign: _comms_pb2.CampaignReply
    list_campaigns: _comms_pb2.CampaignListReply
    start_campaign: _comms_pb2.CampaignReply
    pause_campaign: _comms_pb2.CampaignReply
    resume_campaign: _comms_pb2.CampaignReply
    cancel_campaign: _comms_pb2.CampaignReply
    test_campaign: _comms_pb2.CommsSendReply
    list_connectors: _connectors_pb2.ConnectorsReply
    set_webhook_connector: _connectors_pb2.ConnectorsReply
    delete_webhook_connector: _connectors_pb2.ConnectorsReply
    enable_webhook_connector: _connectors_pb2.ConnectorsReply
    list_webhook_deliveries: _connectors_pb2.WebhookDeliveriesReply
    replay_webhook_deliveries: _connectors_pb2.ConnectorCountReply
    get_inbound_event: _connectors_pb2.InboundEventReply
    replay_inbound_event: _connectors_pb2.ConnectorCountReply
    update_suppression: _comms_pb2.CommsReply
    list_suppressions: _comms_pb2.SuppressionsReply
    query_audit_log: _comms_pb2.AuditLogReply
    def __init__(self, generate_auth_token: _Optional[_Union[GenerateAuthTokenReply, _Mapping[str, object]]] = ..., get_customer_state: _Optional[_Union[GetCustomerStateReply, _Mapping[str, object]]] = ..., update_customer_state: _Optional[_Union[UpdateCustomerStateReply, _Mapping[str, object]]] = ..., update_customer_app_data: _Optional[_Union[UpdateCustomerAppDataReply, _Mapping[str, object]]] = ..., lease_customer_app_data: _Optional[_Union[LeaseCustomerAppDataReply, _Mapping[str, object]]] = ..., send_message: _Optional[_Union[SendMessageReply, _Mapping[str, object]]] = ..., update_messaging_consent: _Optional[_Union[UpdateMessagingConsentReply, _Mapping[str, object]]] = ..., initiate_payment: _Optional[_Union[InitiatePaymentReply, _Mapping[str, object]]] = ..., tag_command: _Optional[_Union[TagCommandReply, _Mapping[str, object]]] = ..., customer_activity: _Optional[_Union[CustomerActivityReply, _Mapping[str, object]]] = ..., replay_payment: _Optional[_Union[ReplayPaymentReply, _Mapping[str, object]]] = ..., save_template: _Optional[_Union[_comms_pb2.TemplateReply, _Mapping[str, object]]] = ..., get_template: _Optional[_Union[_comms_pb2.TemplateReply, _Mapping[str, object]]] = ..., list_templates: _Optional[_Union[_comms_pb2.TemplateListReply, _Mapping[str, object]]] = ..., preview_template: _Optional[_Union[_comms_pb2.PreviewTemplateReply, _Mapping[str, object]]] = ..., delete_template: _Optional[_Union[_comms_pb2.CommsReply, _Mapping[str, object]]] = ..., set_global_variable: _Optional[_Union[_comms_pb2.GlobalVariablesReply, _Mapping[str, object]]] = ..., delete_global_variable: _Optional[_Union[_comms_pb2.GlobalVariablesReply, _Mapping[str, object]]] = ..., list_global_variables: _Optional[_Union[_comms_pb2.GlobalVariablesReply, _Mapping[str, object]]] = ..., save_event: _Optional[_Union[_comms_pb2.EventReply, _Mapping[str, object]]] = ..., delete_event: _Optional[_Union[_comms_pb2.CommsReply, _Mapping[str, object]]] = ..., list_events: _Optional[_Union[_comms_pb2.EventListReply, _Mapping[str, object]]] = ..., trigger_event: _Optional[_Union[_comms_pb2.CommsSendReply, _Mapping[str, object]]] = ..., subscribe_event: _Optional[_Union[_comms_pb2.CommsReply, _Mapping[str, object]]] = ..., send_template: _Optional[_Union[_comms_pb2.CommsSendReply, _Mapping[str, object]]] = ..., set_otp_config: _Optional[_Union[_comms_pb2.OtpConfigsReply, _Mapping[str, object]]] = ..., list_otp_configs: _Optional[_Union[_comms_pb2.OtpConfigsReply, _Mapping[str, object]]] = ..., send_otp: _Optional[_Union[_comms_pb2.SendOtpReply, _Mapping[str, object]]] = ..., verify_otp: _Optional[_Union[_comms_pb2.VerifyOtpReply, _Mapping[str, object]]] = ..., list_providers: _Optional[_Union[_comms_pb2.ProvidersReply, _Mapping[str, object]]] = ..., test_provider: _Optional[_Union[_comms_pb2.CommsReply, _Mapping[str, object]]] = ..., set_provider: _Optional[_Union[_comms_pb2.ProvidersReply, _Mapping[str, object]]] = ..., delete_provider: _Optional[_Union[_comms_pb2.ProvidersReply, _Mapping[str, object]]] = ..., set_provider_defaults: _Optional[_Union[_comms_pb2.ProvidersReply, _Mapping[str, object]]] = ..., query_reports: _Optional[_Union[_comms_pb2.ReportsReply, _Mapping[str, object]]] = ..., create_audience: _Optional[_Union[_comms_pb2.AudienceReply, _Mapping[str, object]]] = ..., import_audience_chunk: _Optional[_Union[_comms_pb2.AudienceReply, _Mapping[str, object]]] = ..., get_audience: _Optional[_Union[_comms_pb2.AudienceReply, _Mapping[str, object]]] = ..., list_audiences: _Optional[_Union[_comms_pb2.AudienceListReply, _Mapping[str, object]]] = ..., delete_audience: _Optional[_Union[_comms_pb2.CommsReply, _Mapping[str, object]]] = ..., list_audience_rejects: _Optional[_Union[_comms_pb2.AudienceRejectsReply, _Mapping[str, object]]] = ..., list_audience_members: _Optional[_Union[_comms_pb2.AudienceMembersReply, _Mapping[str, object]]] = ..., save_campaign: _Optional[_Union[_comms_pb2.CampaignReply, _Mapping[str, object]]] = ..., get_campaign: _Optional[_Union[_comms_pb2.CampaignReply, _Mapping[str, object]]] = ..., list_campaigns: _Optional[_Union[_comms_pb2.CampaignListReply, _Mapping[str, object]]] = ..., start_campaign: _Optional[_Union[_comms_pb2.CampaignReply, _Mapping[str, object]]] = ..., pause_campaign: _Optional[_Union[_comms_pb2.CampaignReply, _Mapping[str, object]]] = ..., resume_campaign: _Optional[_Union[_comms_pb2.CampaignReply, _Mapping[str, object]]] = ..., cancel_campaign: _Optional[_Union[_comms_pb2.CampaignReply, _Mapping[str, object]]] = ..., test_campaign: _Optional[_Union[_comms_pb2.CommsSendReply, _Mapping[str, object]]] = ..., list_connectors: _Optional[_Union[_connectors_pb2.ConnectorsReply, _Mapping[str, object]]] = ..., set_webhook_connector: _Optional[_Union[_connectors_pb2.ConnectorsReply, _Mapping[str, object]]] = ..., delete_webhook_connector: _Optional[_Union[_connectors_pb2.ConnectorsReply, _Mapping[str, object]]] = ..., enable_webhook_connector: _Optional[_Union[_connectors_pb2.ConnectorsReply, _Mapping[str, object]]] = ..., list_webhook_deliveries: _Optional[_Union[_connectors_pb2.WebhookDeliveriesReply, _Mapping[str, object]]] = ..., replay_webhook_deliveries: _Optional[_Union[_connectors_pb2.ConnectorCountReply, _Mapping[str, object]]] = ..., get_inbound_event: _Optional[_Union[_connectors_pb2.InboundEventReply, _Mapping[str, object]]] = ..., replay_inbound_event: _Optional[_Union[_connectors_pb2.ConnectorCountReply, _Mapping[str, object]]] = ..., update_suppression: _Optional[_Union[_comms_pb2.CommsReply, _Mapping[str, object]]] = ..., list_suppressions: _Optional[_Union[_comms_pb2.SuppressionsReply, _Mapping[str, object]]] = ..., query_audit_log: _Optional[_Union[_comms_pb2.AuditLogReply, _Mapping[str, object]]] = ...) -> None: ...

class GenerateAuthTokenCommand(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GenerateAuthTokenReply(_message.Message):
    __slots__ = ("token", "lifetime")
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    LIFETIME_FIELD_NUMBER: _ClassVar[int]
    token: str
    lifetime: _duration_pb2.Duration
    def __init__(self, token: _Optional[str] = ..., lifetime: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping[str, object]]] = ...) -> None: ...

class CreateCustomerCommand(_message.Message):
    __slots__ = ("customer_number",)
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    customer_number: _common_pb2.CustomerNumber
    def __init__(self, customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ...) -> None: ...

class GetCustomerStateCommand(_message.Message):
    __slots__ = ("customer_id", "customer_number", "secondary_id")
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    SECONDARY_ID_FIELD_NUMBER: _ClassVar[int]
    customer_id: str
    customer_number: _common_pb2.CustomerNumber
    secondary_id: _common_pb2.IndexMapping
    def __init__(self, customer_id: _Optional[str] = ..., customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., secondary_id: _Optional[_Union[_common_pb2.IndexMapping, _Mapping[str, object]]] = ...) -> None: ...

class GetCustomerStateReply(_message.Message):
    __slots__ = ("status", "description", "data")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    status: bool
    description: str
    data: CustomerStateReplyData
    def __init__(self, status: _Optional[bool] = ..., description: _Optional[str] = ..., data: _Optional[_Union[CustomerStateReplyData, _Mapping[str, object]]] = ...) -> None: ...

class CustomerStateReplyData(_message.Message):
    __slots__ = ("customer_id", "identity_state", "messaging_state", "payment_state", "activity_state")
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_STATE_FIELD_NUMBER: _ClassVar[int]
    MESSAGING_STATE_FIELD_NUMBER: _ClassVar[int]
    PAYMENT_STATE_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_STATE_FIELD_NUMBER: _ClassVar[int]
    customer_id: str
    identity_state: _identity_pb2.IdentityState
    messaging_state: _messaging_pb2.MessagingState
    payment_state: _payment_pb2.PaymentState
    activity_state: _activity_pb2.ActivityState
    def __init__(self, customer_id: _Optional[str] = ..., identity_state: _Optional[_Union[_identity_pb2.IdentityState, _Mapping[str, object]]] = ..., messaging_state: _Optional[_Union[_messaging_pb2.MessagingState, _Mapping[str, object]]] = ..., payment_state: _Optional[_Union[_payment_pb2.PaymentState, _Mapping[str, object]]] = ..., activity_state: _Optional[_Union[_activity_pb2.ActivityState, _Mapping[str, object]]] = ...) -> None: ...

class AdoptCustomerStateCommand(_message.Message):
    __slots__ = ("customer_id", "other_customer_id", "other_customer_number", "other_secondary_id", "customer_number", "secondary_id")
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    OTHER_CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    OTHER_CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    OTHER_SECONDARY_ID_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    SECONDARY_ID_FIELD_NUMBER: _ClassVar[int]
    customer_id: str
    other_customer_id: str
    other_customer_number: _common_pb2.CustomerNumber
    other_secondary_id: _common_pb2.IndexMapping
    customer_number: _common_pb2.CustomerNumber
    secondary_id: _common_pb2.IndexMapping
    def __init__(self, customer_id: _Optional[str] = ..., other_customer_id: _Optional[str] = ..., other_customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., other_secondary_id: _Optional[_Union[_common_pb2.IndexMapping, _Mapping[str, object]]] = ..., customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., secondary_id: _Optional[_Union[_common_pb2.IndexMapping, _Mapping[str, object]]] = ...) -> None: ...

class DeleteCustomerCommand(_message.Message):
    __slots__ = ("customer_id", "customer_number")
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    customer_id: str
    customer_number: _common_pb2.CustomerNumber
    def __init__(self, customer_id: _Optional[str] = ..., customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ...) -> None: ...

class AddCustomerReminderCommand(_message.Message):
    __slots__ = ("customer_id", "customer_number", "secondary_id", "reminder")
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    SECONDARY_ID_FIELD_NUMBER: _ClassVar[int]
    REMINDER_FIELD_NUMBER: _ClassVar[int]
    customer_id: str
    customer_number: _common_pb2.CustomerNumber
    secondary_id: _common_pb2.IndexMapping
    reminder: _app_pb2.CustomerReminder
    def __init__(self, customer_id: _Optional[str] = ..., customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., secondary_id: _Optional[_Union[_common_pb2.IndexMapping, _Mapping[str, object]]] = ..., reminder: _Optional[_Union[_app_pb2.CustomerReminder, _Mapping[str, object]]] = ...) -> None: ...

class AddCustomerReminderTagCommand(_message.Message):
    __slots__ = ("tag", "reminder")
    TAG_FIELD_NUMBER: _ClassVar[int]
    REMINDER_FIELD_NUMBER: _ClassVar[int]
    tag: _common_pb2.IndexMapping
    reminder: _app_pb2.CustomerReminder
    def __init__(self, tag: _Optional[_Union[_common_pb2.IndexMapping, _Mapping[str, object]]] = ..., reminder: _Optional[_Union[_app_pb2.CustomerReminder, _Mapping[str, object]]] = ...) -> None: ...

class CancelCustomerReminderCommand(_message.Message):
    __slots__ = ("customer_id", "customer_number", "secondary_id", "key")
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    SECONDARY_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    customer_id: str
    customer_number: _common_pb2.CustomerNumber
    secondary_id: _common_pb2.IndexMapping
    key: str
    def __init__(self, customer_id: _Optional[str] = ..., customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., secondary_id: _Optional[_Union[_common_pb2.IndexMapping, _Mapping[str, object]]] = ..., key: _Optional[str] = ...) -> None: ...

class CancelCustomerReminderTagCommand(_message.Message):
    __slots__ = ("tag", "key")
    TAG_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    tag: _common_pb2.IndexMapping
    key: str
    def __init__(self, tag: _Optional[_Union[_common_pb2.IndexMapping, _Mapping[str, object]]] = ..., key: _Optional[str] = ...) -> None: ...

class UpdateCustomerTagCommand(_message.Message):
    __slots__ = ("customer_id", "customer_number", "secondary_id", "updates")
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    SECONDARY_ID_FIELD_NUMBER: _ClassVar[int]
    UPDATES_FIELD_NUMBER: _ClassVar[int]
    customer_id: str
    customer_number: _common_pb2.CustomerNumber
    secondary_id: _common_pb2.IndexMapping
    updates: _containers.RepeatedCompositeFieldContainer[_common_pb2.CustomerIndex]
    def __init__(self, customer_id: _Optional[str] = ..., customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., secondary_id: _Optional[_Union[_common_pb2.IndexMapping, _Mapping[str, object]]] = ..., updates: _Optional[_Iterable[_Union[_common_pb2.CustomerIndex, _Mapping[str, object]]]] = ...) -> None: ...

class DeleteCustomerTagCommand(_message.Message):
    __slots__ = ("customer_id", "customer_number", "secondary_id", "deletions")
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    SECONDARY_ID_FIELD_NUMBER: _ClassVar[int]
    DELETIONS_FIELD_NUMBER: _ClassVar[int]
    customer_id: str
    customer_number: _common_pb2.CustomerNumber
    secondary_id: _common_pb2.IndexMapping
    deletions: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, customer_id: _Optional[str] = ..., customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., secondary_id: _Optional[_Union[_common_pb2.IndexMapping, _Mapping[str, object]]] = ..., deletions: _Optional[_Iterable[str]] = ...) -> None: ...

class UpdateCustomerSecondaryIdCommand(_message.Message):
    __slots__ = ("customer_id", "customer_number", "secondary_id", "updates")
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    SECONDARY_ID_FIELD_NUMBER: _ClassVar[int]
    UPDATES_FIELD_NUMBER: _ClassVar[int]
    customer_id: str
    customer_number: _common_pb2.CustomerNumber
    secondary_id: _common_pb2.IndexMapping
    updates: _containers.RepeatedCompositeFieldContainer[_common_pb2.CustomerIndex]
    def __init__(self, customer_id: _Optional[str] = ..., customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., secondary_id: _Optional[_Union[_common_pb2.IndexMapping, _Mapping[str, object]]] = ..., updates: _Optional[_Iterable[_Union[_common_pb2.CustomerIndex, _Mapping[str, object]]]] = ...) -> None: ...

class DeleteCustomerSecondaryIdCommand(_message.Message):
    __slots__ = ("customer_id", "customer_number", "secondary_id", "deletions")
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    SECONDARY_ID_FIELD_NUMBER: _ClassVar[int]
    DELETIONS_FIELD_NUMBER: _ClassVar[int]
    customer_id: str
    customer_number: _common_pb2.CustomerNumber
    secondary_id: _common_pb2.IndexMapping
    deletions: _containers.RepeatedCompositeFieldContainer[_common_pb2.IndexMapping]
    def __init__(self, customer_id: _Optional[str] = ..., customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., secondary_id: _Optional[_Union[_common_pb2.IndexMapping, _Mapping[str, object]]] = ..., deletions: _Optional[_Iterable[_Union[_common_pb2.IndexMapping, _Mapping[str, object]]]] = ...) -> None: ...

class UpdateCustomerMetadataCommand(_message.Message):
    __slots__ = ("customer_id", "customer_number", "secondary_id", "updates")
    class UpdatesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: _common_pb2.DataMapValue
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[_common_pb2.DataMapValue, _Mapping[str, object]]] = ...) -> None: ...
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    SECONDARY_ID_FIELD_NUMBER: _ClassVar[int]
    UPDATES_FIELD_NUMBER: _ClassVar[int]
    customer_id: str
    customer_number: _common_pb2.CustomerNumber
    secondary_id: _common_pb2.IndexMapping
    updates: _containers.MessageMap[str, _common_pb2.DataMapValue]
    def __init__(self, customer_id: _Optional[str] = ..., customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., secondary_id: _Optional[_Union[_common_pb2.IndexMapping, _Mapping[str, object]]] = ..., updates: _Optional[_Mapping[str, _common_pb2.DataMapValue]] = ...) -> None: ...

class DeleteCustomerMetadataCommand(_message.Message):
    __slots__ = ("customer_id", "customer_number", "secondary_id", "deletions")
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    SECONDARY_ID_FIELD_NUMBER: _ClassVar[int]
    DELETIONS_FIELD_NUMBER: _ClassVar[int]
    customer_id: str
    customer_number: _common_pb2.CustomerNumber
    secondary_id: _common_pb2.IndexMapping
    deletions: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, customer_id: _Optional[str] = ..., customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., secondary_id: _Optional[_Union[_common_pb2.IndexMapping, _Mapping[str, object]]] = ..., deletions: _Optional[_Iterable[str]] = ...) -> None: ...

class UpdateCustomerStateReply(_message.Message):
    __slots__ = ("status", "description", "customer_id")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    status: bool
    description: str
    customer_id: _wrappers_pb2.StringValue
    def __init__(self, status: _Optional[bool] = ..., description: _Optional[str] = ..., customer_id: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ...) -> None: ...

class UpdateCustomerAppDataCommand(_message.Message):
    __slots__ = ("customer_id", "customer_number", "secondary_id", "update")
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    SECONDARY_ID_FIELD_NUMBER: _ClassVar[int]
    UPDATE_FIELD_NUMBER: _ClassVar[int]
    customer_id: str
    customer_number: _common_pb2.CustomerNumber
    secondary_id: _common_pb2.IndexMapping
    update: _common_pb2.DataMapValue
    def __init__(self, customer_id: _Optional[str] = ..., customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., secondary_id: _Optional[_Union[_common_pb2.IndexMapping, _Mapping[str, object]]] = ..., update: _Optional[_Union[_common_pb2.DataMapValue, _Mapping[str, object]]] = ...) -> None: ...

class DeleteCustomerAppDataCommand(_message.Message):
    __slots__ = ("customer_id", "customer_number", "secondary_id")
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    SECONDARY_ID_FIELD_NUMBER: _ClassVar[int]
    customer_id: str
    customer_number: _common_pb2.CustomerNumber
    secondary_id: _common_pb2.IndexMapping
    def __init__(self, customer_id: _Optional[str] = ..., customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., secondary_id: _Optional[_Union[_common_pb2.IndexMapping, _Mapping[str, object]]] = ...) -> None: ...

class UpdateCustomerAppDataReply(_message.Message):
    __slots__ = ("status", "description", "customer_id")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    status: bool
    description: str
    customer_id: _wrappers_pb2.StringValue
    def __init__(self, status: _Optional[bool] = ..., description: _Optional[str] = ..., customer_id: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ...) -> None: ...

class LeaseCustomerAppDataCommand(_message.Message):
    __slots__ = ("customer_id", "customer_number", "secondary_id")
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    SECONDARY_ID_FIELD_NUMBER: _ClassVar[int]
    customer_id: str
    customer_number: _common_pb2.CustomerNumber
    secondary_id: _common_pb2.IndexMapping
    def __init__(self, customer_id: _Optional[str] = ..., customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., secondary_id: _Optional[_Union[_common_pb2.IndexMapping, _Mapping[str, object]]] = ...) -> None: ...

class LeaseCustomerAppDataReply(_message.Message):
    __slots__ = ("status", "description", "customer_id", "value")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    status: bool
    description: str
    customer_id: _wrappers_pb2.StringValue
    value: _common_pb2.DataMapValue
    def __init__(self, status: _Optional[bool] = ..., description: _Optional[str] = ..., customer_id: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ..., value: _Optional[_Union[_common_pb2.DataMapValue, _Mapping[str, object]]] = ...) -> None: ...

class SendMessageCommand(_message.Message):
    __slots__ = ("customer_number", "channel_number", "message", "customer_id", "secondary_id")
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    SECONDARY_ID_FIELD_NUMBER: _ClassVar[int]
    customer_number: _common_pb2.CustomerNumber
    channel_number: _messaging_pb2.MessagingChannelNumber
    message: _messaging_pb2.OutboundMessage
    customer_id: str
    secondary_id: _common_pb2.IndexMapping
    def __init__(self, customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., channel_number: _Optional[_Union[_messaging_pb2.MessagingChannelNumber, _Mapping[str, object]]] = ..., message: _Optional[_Union[_messaging_pb2.OutboundMessage, _Mapping[str, object]]] = ..., customer_id: _Optional[str] = ..., secondary_id: _Optional[_Union[_common_pb2.IndexMapping, _Mapping[str, object]]] = ...) -> None: ...

class ReplyToMessageCommand(_message.Message):
    __slots__ = ("customer_id", "message_id", "message", "customer_number", "secondary_id")
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    SECONDARY_ID_FIELD_NUMBER: _ClassVar[int]
    customer_id: str
    message_id: str
    message: _messaging_pb2.OutboundMessage
    customer_number: _common_pb2.CustomerNumber
    secondary_id: _common_pb2.IndexMapping
    def __init__(self, customer_id: _Optional[str] = ..., message_id: _Optional[str] = ..., message: _Optional[_Union[_messaging_pb2.OutboundMessage, _Mapping[str, object]]] = ..., customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., secondary_id: _Optional[_Union[_common_pb2.IndexMapping, _Mapping[str, object]]] = ...) -> None: ...

class SendMessageTagCommand(_message.Message):
    __slots__ = ("tag", "channel_number", "message")
    TAG_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    tag: _common_pb2.IndexMapping
    channel_number: _messaging_pb2.MessagingChannelNumber
    message: _messaging_pb2.OutboundMessage
    def __init__(self, tag: _Optional[_Union[_common_pb2.IndexMapping, _Mapping[str, object]]] = ..., channel_number: _Optional[_Union[_messaging_pb2.MessagingChannelNumber, _Mapping[str, object]]] = ..., message: _Optional[_Union[_messaging_pb2.OutboundMessage, _Mapping[str, object]]] = ...) -> None: ...

class SendMessageReply(_message.Message):
    __slots__ = ("status", "description", "message_id", "session_id", "customer_id")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    status: _messaging_pb2.MessageDeliveryStatus
    description: str
    message_id: _wrappers_pb2.StringValue
    session_id: _wrappers_pb2.StringValue
    customer_id: _wrappers_pb2.StringValue
    def __init__(self, status: _Optional[_Union[_messaging_pb2.MessageDeliveryStatus, str]] = ..., description: _Optional[str] = ..., message_id: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ..., session_id: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ..., customer_id: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ...) -> None: ...

class UpdateMessagingConsentCommand(_message.Message):
    __slots__ = ("customer_number", "channel_number", "update", "customer_id", "secondary_id")
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    UPDATE_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    SECONDARY_ID_FIELD_NUMBER: _ClassVar[int]
    customer_number: _common_pb2.CustomerNumber
    channel_number: _messaging_pb2.MessagingChannelNumber
    update: _messaging_pb2.MessagingConsentUpdate
    customer_id: str
    secondary_id: _common_pb2.IndexMapping
    def __init__(self, customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., channel_number: _Optional[_Union[_messaging_pb2.MessagingChannelNumber, _Mapping[str, object]]] = ..., update: _Optional[_Union[_messaging_pb2.MessagingConsentUpdate, str]] = ..., customer_id: _Optional[str] = ..., secondary_id: _Optional[_Union[_common_pb2.IndexMapping, _Mapping[str, object]]] = ...) -> None: ...

class UpdateMessagingConsentReply(_message.Message):
    __slots__ = ("status", "description", "customer_id")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    status: _messaging_pb2.MessagingConsentUpdateStatus
    description: str
    customer_id: _wrappers_pb2.StringValue
    def __init__(self, status: _Optional[_Union[_messaging_pb2.MessagingConsentUpdateStatus, str]] = ..., description: _Optional[str] = ..., customer_id: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ...) -> None: ...

class InitiatePaymentCommand(_message.Message):
    __slots__ = ("debit_party", "credit_party", "value", "narration")
    DEBIT_PARTY_FIELD_NUMBER: _ClassVar[int]
    CREDIT_PARTY_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    NARRATION_FIELD_NUMBER: _ClassVar[int]
    debit_party: _payment_pb2.PaymentCounterParty
    credit_party: _payment_pb2.PaymentCounterParty
    value: _common_pb2.Cash
    narration: str
    def __init__(self, debit_party: _Optional[_Union[_payment_pb2.PaymentCounterParty, _Mapping[str, object]]] = ..., credit_party: _Optional[_Union[_payment_pb2.PaymentCounterParty, _Mapping[str, object]]] = ..., value: _Optional[_Union[_common_pb2.Cash, _Mapping[str, object]]] = ..., narration: _Optional[str] = ...) -> None: ...

class InitiatePaymentReply(_message.Message):
    __slots__ = ("status", "description", "transaction_id", "debit_customer_id", "credit_customer_id")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    DEBIT_CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    CREDIT_CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    status: _payment_pb2.PaymentStatus
    description: str
    transaction_id: _wrappers_pb2.StringValue
    debit_customer_id: _wrappers_pb2.StringValue
    credit_customer_id: _wrappers_pb2.StringValue
    def __init__(self, status: _Optional[_Union[_payment_pb2.PaymentStatus, str]] = ..., description: _Optional[str] = ..., transaction_id: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ..., debit_customer_id: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ..., credit_customer_id: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ...) -> None: ...

class ReplayPaymentCommand(_message.Message):
    __slots__ = ("provider_transaction_id", "created_at", "debit_party", "credit_party", "status", "value", "narration")
    PROVIDER_TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    DEBIT_PARTY_FIELD_NUMBER: _ClassVar[int]
    CREDIT_PARTY_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    NARRATION_FIELD_NUMBER: _ClassVar[int]
    provider_transaction_id: str
    created_at: _timestamp_pb2.Timestamp
    debit_party: _payment_pb2.PaymentCounterParty
    credit_party: _payment_pb2.PaymentCounterParty
    status: _payment_pb2.PaymentStatus
    value: _common_pb2.Cash
    narration: str
    def __init__(self, provider_transaction_id: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., debit_party: _Optional[_Union[_payment_pb2.PaymentCounterParty, _Mapping[str, object]]] = ..., credit_party: _Optional[_Union[_payment_pb2.PaymentCounterParty, _Mapping[str, object]]] = ..., status: _Optional[_Union[_payment_pb2.PaymentStatus, str]] = ..., value: _Optional[_Union[_common_pb2.Cash, _Mapping[str, object]]] = ..., narration: _Optional[str] = ...) -> None: ...

class ReplayPaymentStatusUpdateCommand(_message.Message):
    __slots__ = ("customer_number", "provider_transaction_id", "updated_at", "status")
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    customer_number: _common_pb2.CustomerNumber
    provider_transaction_id: str
    updated_at: _timestamp_pb2.Timestamp
    status: _payment_pb2.PaymentStatus
    def __init__(self, customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., provider_transaction_id: _Optional[str] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., status: _Optional[_Union[_payment_pb2.PaymentStatus, str]] = ...) -> None: ...

class ReplayPaymentReply(_message.Message):
    __slots__ = ("status", "description", "transaction_id", "debit_customer_id", "credit_customer_id")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    DEBIT_CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    CREDIT_CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    status: bool
    description: str
    transaction_id: _wrappers_pb2.StringValue
    debit_customer_id: _wrappers_pb2.StringValue
    credit_customer_id: _wrappers_pb2.StringValue
    def __init__(self, status: _Optional[bool] = ..., description: _Optional[str] = ..., transaction_id: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ..., debit_customer_id: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ..., credit_customer_id: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ...) -> None: ...

class TagCommandReply(_message.Message):
    __slots__ = ("status", "description", "work_id")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    WORK_ID_FIELD_NUMBER: _ClassVar[int]
    status: bool
    description: str
    work_id: _wrappers_pb2.StringValue
    def __init__(self, status: _Optional[bool] = ..., description: _Optional[str] = ..., work_id: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ...) -> None: ...

class CustomerActivityCommand(_message.Message):
    __slots__ = ("customer_number", "source", "session_id", "key", "properties", "created_at", "customer_id", "secondary_id")
    class PropertiesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    PROPERTIES_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    SECONDARY_ID_FIELD_NUMBER: _ClassVar[int]
    customer_number: _common_pb2.CustomerNumber
    source: str
    session_id: str
    key: str
    properties: _containers.ScalarMap[str, str]
    created_at: _timestamp_pb2.Timestamp
    customer_id: str
    secondary_id: _common_pb2.IndexMapping
    def __init__(self, customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., source: _Optional[str] = ..., session_id: _Optional[str] = ..., key: _Optional[str] = ..., properties: _Optional[_Mapping[str, str]] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., customer_id: _Optional[str] = ..., secondary_id: _Optional[_Union[_common_pb2.IndexMapping, _Mapping[str, object]]] = ...) -> None: ...

class CustomerActivityReply(_message.Message):
    __slots__ = ("status", "description", "customer_id")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    status: bool
    description: str
    customer_id: _wrappers_pb2.StringValue
    def __init__(self, status: _Optional[bool] = ..., description: _Optional[str] = ..., customer_id: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ...) -> None: ...

class ReplayMessagingConsentUpdateCommand(_message.Message):
    __slots__ = ("customer_number", "channel_number", "updated_at", "update")
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_FIELD_NUMBER: _ClassVar[int]
    customer_number: _common_pb2.CustomerNumber
    channel_number: _messaging_pb2.MessagingChannelNumber
    updated_at: _timestamp_pb2.Timestamp
    update: _messaging_pb2.MessagingConsentUpdate
    def __init__(self, customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., channel_number: _Optional[_Union[_messaging_pb2.MessagingChannelNumber, _Mapping[str, object]]] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., update: _Optional[_Union[_messaging_pb2.MessagingConsentUpdate, str]] = ...) -> None: ...

class ReplayReceivedMessageCommand(_message.Message):
    __slots__ = ("provider_message_id", "provider_session_id", "received_at", "customer_number", "channel_number", "parts", "in_reply_to", "provider", "cost")
    PROVIDER_MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    RECEIVED_AT_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    PARTS_FIELD_NUMBER: _ClassVar[int]
    IN_REPLY_TO_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    COST_FIELD_NUMBER: _ClassVar[int]
    provider_message_id: str
    provider_session_id: _wrappers_pb2.StringValue
    received_at: _timestamp_pb2.Timestamp
    customer_number: _common_pb2.CustomerNumber
    channel_number: _messaging_pb2.MessagingChannelNumber
    parts: _containers.RepeatedCompositeFieldContainer[_messaging_pb2.InboundMessageBody]
    in_reply_to: _wrappers_pb2.StringValue
    provider: _common_pb2.ChannelNumberProvider
    cost: _common_pb2.Cash
    def __init__(self, provider_message_id: _Optional[str] = ..., provider_session_id: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ..., received_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., channel_number: _Optional[_Union[_messaging_pb2.MessagingChannelNumber, _Mapping[str, object]]] = ..., parts: _Optional[_Iterable[_Union[_messaging_pb2.InboundMessageBody, _Mapping[str, object]]]] = ..., in_reply_to: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ..., provider: _Optional[_Union[_common_pb2.ChannelNumberProvider, str]] = ..., cost: _Optional[_Union[_common_pb2.Cash, _Mapping[str, object]]] = ...) -> None: ...

class ReplaySentMessageCommand(_message.Message):
    __slots__ = ("provider_message_id", "provider_session_id", "sent_at", "customer_number", "channel_number", "provider", "message", "in_reply_to", "status", "cost")
    PROVIDER_MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    SENT_AT_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    IN_REPLY_TO_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    COST_FIELD_NUMBER: _ClassVar[int]
    provider_message_id: str
    provider_session_id: _wrappers_pb2.StringValue
    sent_at: _timestamp_pb2.Timestamp
    customer_number: _common_pb2.CustomerNumber
    channel_number: _messaging_pb2.MessagingChannelNumber
    provider: _common_pb2.ChannelNumberProvider
    message: _messaging_pb2.OutboundMessage
    in_reply_to: _wrappers_pb2.StringValue
    status: _messaging_pb2.MessageDeliveryStatus
    cost: _common_pb2.Cash
    def __init__(self, provider_message_id: _Optional[str] = ..., provider_session_id: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ..., sent_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., channel_number: _Optional[_Union[_messaging_pb2.MessagingChannelNumber, _Mapping[str, object]]] = ..., provider: _Optional[_Union[_common_pb2.ChannelNumberProvider, str]] = ..., message: _Optional[_Union[_messaging_pb2.OutboundMessage, _Mapping[str, object]]] = ..., in_reply_to: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ..., status: _Optional[_Union[_messaging_pb2.MessageDeliveryStatus, str]] = ..., cost: _Optional[_Union[_common_pb2.Cash, _Mapping[str, object]]] = ...) -> None: ...

class ReplayMessageStatusUpdateCommand(_message.Message):
    __slots__ = ("provider_message_id", "updated_at", "customer_number", "channel_number", "status", "cost")
    PROVIDER_MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    COST_FIELD_NUMBER: _ClassVar[int]
    provider_message_id: str
    updated_at: _timestamp_pb2.Timestamp
    customer_number: _common_pb2.CustomerNumber
    channel_number: _messaging_pb2.MessagingChannelNumber
    status: _messaging_pb2.MessageDeliveryStatus
    cost: _common_pb2.Cash
    def __init__(self, provider_message_id: _Optional[str] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., channel_number: _Optional[_Union[_messaging_pb2.MessagingChannelNumber, _Mapping[str, object]]] = ..., status: _Optional[_Union[_messaging_pb2.MessageDeliveryStatus, str]] = ..., cost: _Optional[_Union[_common_pb2.Cash, _Mapping[str, object]]] = ...) -> None: ...

class ReplayMessageReactionUpdateCommand(_message.Message):
    __slots__ = ("provider_message_id", "updated_at", "customer_number", "channel_number", "reaction")
    PROVIDER_MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    REACTION_FIELD_NUMBER: _ClassVar[int]
    provider_message_id: str
    updated_at: _timestamp_pb2.Timestamp
    customer_number: _common_pb2.CustomerNumber
    channel_number: _messaging_pb2.MessagingChannelNumber
    reaction: _messaging_pb2.MessageReaction
    def __init__(self, provider_message_id: _Optional[str] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., channel_number: _Optional[_Union[_messaging_pb2.MessagingChannelNumber, _Mapping[str, object]]] = ..., reaction: _Optional[_Union[_messaging_pb2.MessageReaction, str]] = ...) -> None: ...

class ReplayMessagingSessionCommand(_message.Message):
    __slots__ = ("provider_session_id", "customer_number", "channel_number", "started_at", "duration", "end_reason", "cost")
    PROVIDER_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    STARTED_AT_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    END_REASON_FIELD_NUMBER: _ClassVar[int]
    COST_FIELD_NUMBER: _ClassVar[int]
    provider_session_id: str
    customer_number: _common_pb2.CustomerNumber
    channel_number: _messaging_pb2.MessagingChannelNumber
    started_at: _timestamp_pb2.Timestamp
    duration: _duration_pb2.Duration
    end_reason: _messaging_pb2.MessagingSessionEndReason
    cost: _common_pb2.Cash
    def __init__(self, provider_session_id: _Optional[str] = ..., customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., channel_number: _Optional[_Union[_messaging_pb2.MessagingChannelNumber, _Mapping[str, object]]] = ..., started_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., duration: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping[str, object]]] = ..., end_reason: _Optional[_Union[_messaging_pb2.MessagingSessionEndReason, str]] = ..., cost: _Optional[_Union[_common_pb2.Cash, _Mapping[str, object]]] = ...) -> None: ...

class ServerToAppNotification(_message.Message):
    __slots__ = ("customer", "purse", "comms")
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    PURSE_FIELD_NUMBER: _ClassVar[int]
    COMMS_FIELD_NUMBER: _ClassVar[int]
    customer: ServerToAppCustomerNotification
    purse: ServerToAppPurseNotification
    comms: _comms_pb2.ServerToAppCommsNotification
    def __init__(self, customer: _Optional[_Union[ServerToAppCustomerNotification, _Mapping[str, object]]] = ..., purse: _Optional[_Union[ServerToAppPurseNotification, _Mapping[str, object]]] = ..., comms: _Optional[_Union[_comms_pb2.ServerToAppCommsNotification, _Mapping[str, object]]] = ...) -> None: ...

class ServerToAppCustomerNotification(_message.Message):
    __slots__ = ("org_id", "app_id", "customer_id", "app_data", "created_at", "reminder", "messaging_session_started", "messaging_session_renewed", "messaging_session_ended", "messaging_consent_update", "received_message", "message_status", "sent_message_reaction", "received_payment", "payment_status", "customer_activity", "notification_id")
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    APP_DATA_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    REMINDER_FIELD_NUMBER: _ClassVar[int]
    MESSAGING_SESSION_STARTED_FIELD_NUMBER: _ClassVar[int]
    MESSAGING_SESSION_RENEWED_FIELD_NUMBER: _ClassVar[int]
    MESSAGING_SESSION_ENDED_FIELD_NUMBER: _ClassVar[int]
    MESSAGING_CONSENT_UPDATE_FIELD_NUMBER: _ClassVar[int]
    RECEIVED_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_STATUS_FIELD_NUMBER: _ClassVar[int]
    SENT_MESSAGE_REACTION_FIELD_NUMBER: _ClassVar[int]
    RECEIVED_PAYMENT_FIELD_NUMBER: _ClassVar[int]
    PAYMENT_STATUS_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_ACTIVITY_FIELD_NUMBER: _ClassVar[int]
    NOTIFICATION_ID_FIELD_NUMBER: _ClassVar[int]
    org_id: str
    app_id: str
    customer_id: str
    app_data: _common_pb2.DataMapValue
    created_at: _timestamp_pb2.Timestamp
    reminder: ReminderNotification
    messaging_session_started: MessagingSessionStartedNotification
    messaging_session_renewed: MessagingSessionRenewedNotification
    messaging_session_ended: MessagingSessionEndedNotification
    messaging_consent_update: MessagingConsentUpdateNotification
    received_message: ReceivedMessageNotification
    message_status: MessageStatusNotification
    sent_message_reaction: SentMessageReactionNotification
    received_payment: ReceivedPaymentNotification
    payment_status: PaymentStatusNotification
    customer_activity: CustomerActivityNotification
    notification_id: str
    def __init__(self, org_id: _Optional[str] = ..., app_id: _Optional[str] = ..., customer_id: _Optional[str] = ..., app_data: _Optional[_Union[_common_pb2.DataMapValue, _Mapping[str, object]]] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., reminder: _Optional[_Union[ReminderNotification, _Mapping[str, object]]] = ..., messaging_session_started: _Optional[_Union[MessagingSessionStartedNotification, _Mapping[str, object]]] = ..., messaging_session_renewed: _Optional[_Union[MessagingSessionRenewedNotification, _Mapping[str, object]]] = ..., messaging_session_ended: _Optional[_Union[MessagingSessionEndedNotification, _Mapping[str, object]]] = ..., messaging_consent_update: _Optional[_Union[MessagingConsentUpdateNotification, _Mapping[str, object]]] = ..., received_message: _Optional[_Union[ReceivedMessageNotification, _Mapping[str, object]]] = ..., message_status: _Optional[_Union[MessageStatusNotification, _Mapping[str, object]]] = ..., sent_message_reaction: _Optional[_Union[SentMessageReactionNotification, _Mapping[str, object]]] = ..., received_payment: _Optional[_Union[ReceivedPaymentNotification, _Mapping[str, object]]] = ..., payment_status: _Optional[_Union[PaymentStatusNotification, _Mapping[str, object]]] = ..., customer_activity: _Optional[_Union[CustomerActivityNotification, _Mapping[str, object]]] = ..., notification_id: _Optional[str] = ...) -> None: ...

class ServerToAppPurseNotification(_message.Message):
    __slots__ = ("org_id", "app_id", "purse_id", "created_at", "payment_status", "notification_id")
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    PURSE_ID_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    PAYMENT_STATUS_FIELD_NUMBER: _ClassVar[int]
    NOTIFICATION_ID_FIELD_NUMBER: _ClassVar[int]
    org_id: str
    app_id: str
    purse_id: str
    created_at: _timestamp_pb2.Timestamp
    payment_status: PaymentStatusNotification
    notification_id: str
    def __init__(self, org_id: _Optional[str] = ..., app_id: _Optional[str] = ..., purse_id: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., payment_status: _Optional[_Union[PaymentStatusNotification, _Mapping[str, object]]] = ..., notification_id: _Optional[str] = ...) -> None: ...

class AppDataUpdate(_message.Message):
    __slots__ = ("data",)
    DATA_FIELD_NUMBER: _ClassVar[int]
    data: _common_pb2.DataMapValue
    def __init__(self, data: _Optional[_Union[_common_pb2.DataMapValue, _Mapping[str, object]]] = ...) -> None: ...

class ServerToAppNotificationReply(_message.Message):
    __slots__ = ("data_update", "message")
    DATA_UPDATE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    data_update: AppDataUpdate
    message: _messaging_pb2.OutboundMessage
    def __init__(self, data_update: _Optional[_Union[AppDataUpdate, _Mapping[str, object]]] = ..., message: _Optional[_Union[_messaging_pb2.OutboundMessage, _Mapping[str, object]]] = ...) -> None: ...

class ReminderNotification(_message.Message):
    __slots__ = ("reminder", "tag", "work_id")
    REMINDER_FIELD_NUMBER: _ClassVar[int]
    TAG_FIELD_NUMBER: _ClassVar[int]
    WORK_ID_FIELD_NUMBER: _ClassVar[int]
    reminder: _app_pb2.CustomerReminder
    tag: _common_pb2.CustomerIndex
    work_id: _wrappers_pb2.StringValue
    def __init__(self, reminder: _Optional[_Union[_app_pb2.CustomerReminder, _Mapping[str, object]]] = ..., tag: _Optional[_Union[_common_pb2.CustomerIndex, _Mapping[str, object]]] = ..., work_id: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ...) -> None: ...

class MessagingSessionStartedNotification(_message.Message):
    __slots__ = ("customer_number", "channel_number", "session_id", "expires_at")
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    customer_number: _common_pb2.CustomerNumber
    channel_number: _messaging_pb2.MessagingChannelNumber
    session_id: str
    expires_at: _timestamp_pb2.Timestamp
    def __init__(self, customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., channel_number: _Optional[_Union[_messaging_pb2.MessagingChannelNumber, _Mapping[str, object]]] = ..., session_id: _Optional[str] = ..., expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ...) -> None: ...

class MessagingSessionRenewedNotification(_message.Message):
    __slots__ = ("customer_number", "channel_number", "session_id", "expires_at")
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    customer_number: _common_pb2.CustomerNumber
    channel_number: _messaging_pb2.MessagingChannelNumber
    session_id: str
    expires_at: _timestamp_pb2.Timestamp
    def __init__(self, customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., channel_number: _Optional[_Union[_messaging_pb2.MessagingChannelNumber, _Mapping[str, object]]] = ..., session_id: _Optional[str] = ..., expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ...) -> None: ...

class MessagingSessionEndedNotification(_message.Message):
    __slots__ = ("customer_number", "channel_number", "session_id", "duration", "reason")
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    customer_number: _common_pb2.CustomerNumber
    channel_number: _messaging_pb2.MessagingChannelNumber
    session_id: str
    duration: _duration_pb2.Duration
    reason: _messaging_pb2.MessagingSessionEndReason
    def __init__(self, customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., channel_number: _Optional[_Union[_messaging_pb2.MessagingChannelNumber, _Mapping[str, object]]] = ..., session_id: _Optional[str] = ..., duration: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping[str, object]]] = ..., reason: _Optional[_Union[_messaging_pb2.MessagingSessionEndReason, str]] = ...) -> None: ...

class MessagingConsentUpdateNotification(_message.Message):
    __slots__ = ("customer_number", "channel_number", "update", "status", "session_id")
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    UPDATE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    customer_number: _common_pb2.CustomerNumber
    channel_number: _messaging_pb2.MessagingChannelNumber
    update: _messaging_pb2.MessagingConsentUpdate
    status: _messaging_pb2.MessagingConsentUpdateStatus
    session_id: _wrappers_pb2.StringValue
    def __init__(self, customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., channel_number: _Optional[_Union[_messaging_pb2.MessagingChannelNumber, _Mapping[str, object]]] = ..., update: _Optional[_Union[_messaging_pb2.MessagingConsentUpdate, str]] = ..., status: _Optional[_Union[_messaging_pb2.MessagingConsentUpdateStatus, str]] = ..., session_id: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ...) -> None: ...

class ReceivedMessageNotification(_message.Message):
    __slots__ = ("message_id", "customer_number", "channel_number", "parts", "session_id", "in_reply_to")
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    PARTS_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    IN_REPLY_TO_FIELD_NUMBER: _ClassVar[int]
    message_id: str
    customer_number: _common_pb2.CustomerNumber
    channel_number: _messaging_pb2.MessagingChannelNumber
    parts: _containers.RepeatedCompositeFieldContainer[_messaging_pb2.InboundMessageBody]
    session_id: _wrappers_pb2.StringValue
    in_reply_to: _wrappers_pb2.StringValue
    def __init__(self, message_id: _Optional[str] = ..., customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., channel_number: _Optional[_Union[_messaging_pb2.MessagingChannelNumber, _Mapping[str, object]]] = ..., parts: _Optional[_Iterable[_Union[_messaging_pb2.InboundMessageBody, _Mapping[str, object]]]] = ..., session_id: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ..., in_reply_to: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ...) -> None: ...

class MessageStatusNotification(_message.Message):
    __slots__ = ("message_id", "status")
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    message_id: str
    status: _messaging_pb2.MessageDeliveryStatus
    def __init__(self, message_id: _Optional[str] = ..., status: _Optional[_Union[_messaging_pb2.MessageDeliveryStatus, str]] = ...) -> None: ...

class SentMessageReactionNotification(_message.Message):
    __slots__ = ("message_id", "customer_number", "channel_number", "reaction")
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    REACTION_FIELD_NUMBER: _ClassVar[int]
    message_id: str
    customer_number: _common_pb2.CustomerNumber
    channel_number: _messaging_pb2.MessagingChannelNumber
    reaction: _messaging_pb2.MessageReaction
    def __init__(self, message_id: _Optional[str] = ..., customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., channel_number: _Optional[_Union[_messaging_pb2.MessagingChannelNumber, _Mapping[str, object]]] = ..., reaction: _Optional[_Union[_messaging_pb2.MessageReaction, str]] = ...) -> None: ...

class ReceivedPaymentNotification(_message.Message):
    __slots__ = ("purse_id", "transaction_id", "customer_number", "channel_number", "value", "status")
    PURSE_ID_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    purse_id: str
    transaction_id: str
    customer_number: _common_pb2.CustomerNumber
    channel_number: _payment_pb2.PaymentChannelNumber
    value: _common_pb2.Cash
    status: _payment_pb2.PaymentStatus
    def __init__(self, purse_id: _Optional[str] = ..., transaction_id: _Optional[str] = ..., customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., channel_number: _Optional[_Union[_payment_pb2.PaymentChannelNumber, _Mapping[str, object]]] = ..., value: _Optional[_Union[_common_pb2.Cash, _Mapping[str, object]]] = ..., status: _Optional[_Union[_payment_pb2.PaymentStatus, str]] = ...) -> None: ...

class PaymentStatusNotification(_message.Message):
    __slots__ = ("transaction_id", "status")
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    transaction_id: str
    status: _payment_pb2.PaymentStatus
    def __init__(self, transaction_id: _Optional[str] = ..., status: _Optional[_Union[_payment_pb2.PaymentStatus, str]] = ...) -> None: ...

class CustomerActivityNotification(_message.Message):
    __slots__ = ("customer_number", "source", "session_id", "activity")
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_FIELD_NUMBER: _ClassVar[int]
    customer_number: _common_pb2.CustomerNumber
    source: str
    session_id: str
    activity: _activity_pb2.CustomerActivity
    def __init__(self, customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., source: _Optional[str] = ..., session_id: _Optional[str] = ..., activity: _Optional[_Union[_activity_pb2.CustomerActivity, _Mapping[str, object]]] = ...) -> None: ...
