# Support desks (channels): their names as customers meet them, how to reach each, and the fields
# their requests ask for. Declared in flows/root.yaml; shown on escalation ends and in the summary.

-startups = Microsoft for Startups

channel-azure-billing = { -azure } billing and subscription support
channel-azure-billing-reach = In the { -azure-portal }, select "?" (Help), then "Create a support request", and pick the issue type "Billing". Billing support is free on every account, with or without a support plan.
channel-azure-billing-problem = { -azure } billing or subscription problem
channel-azure-billing-issue-type = Billing

channel-billing-no-subscription = { -azure } billing support for a sign-up (no subscription yet)
channel-billing-no-subscription-reach = Sign in to the { -azure-portal } with the account you tried to sign up with, select "?" (Help), then "Create a support request", and pick the issue type "Billing"; no subscription is needed to ask about a sign-up.
channel-billing-no-subscription-problem = The { -azure } sign-up doesn't go through

channel-partner-center = { -partner-center } support
channel-partner-center-reach = Sign in to { -partner-center } with your work account, select "?" (Help), then "Contact Support", and create a support request.
channel-partner-center-problem = { -partner-center } account or membership problem

channel-licensing = { -microsoft } Volume Licensing support (Open programs)
channel-licensing-reach = Use the volume licensing support form (choose your agreement type, such as "Open Value or Open Value Subscription", and "Professional No Charge"), or call volume licensing support. Answers come within 24 business hours.
channel-licensing-problem = Activation of an Open-program online service

channel-visual-studio = { -visual-studio } subscriptions support
channel-visual-studio-reach = Open the { -visual-studio } subscriptions support page and choose help with subscriptions, accounts and billing.
channel-visual-studio-problem = { -azure } credit of my { -visual-studio } subscription

channel-startups = { -startups } support
channel-startups-reach = Sign in to the { -startups } portal, select "?" (Help), then "Submit a Support Ticket".
channel-startups-problem = { -startups } { -azure } credits

channel-field-issue-type = Issue type
channel-field-subscription = Subscription ID (or the email address you signed up with)
channel-field-billing-account = Billing account or billing profile name
channel-field-sign-up-account = Email address you tried to sign up with
channel-field-country = Country or region of the account
channel-field-payment-method = Payment method
channel-field-partner-id = PartnerID (formerly MPN ID)
channel-field-tenant-domain = Tenant domain (yourcompany.onmicrosoft.com)
channel-field-sign-in-account = Work account you sign in with
channel-field-sign-in-email = Email address you sign in with
channel-field-licence-id = Volume licensing agreement number or licence ID
channel-field-organization = Organization name on the agreement
channel-field-subscriber-account = Email address your { -visual-studio } subscription is assigned to
channel-field-subscription-level = Subscription level (Enterprise, Professional…)
channel-field-startup-name = Startup name
channel-value-card = Credit or debit card
channel-value-prepaid = Prepaid or virtual card
channel-value-invoice = Invoice
