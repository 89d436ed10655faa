# Topic: opening a support request for billing and subscription issues (seed 004).
# Every escalation from the other topics lands on support-ticket-start.

-support-ticket-azure-support = { -azure } Support

support-ticket-title = Open a support request with the right desk

## start
support-ticket-start = Let's open a support request. Which fits your case?
support-ticket-start-hint = Billing and subscription support is free, with or without a support plan. Keep the summary at hand: it goes into the request.
support-ticket-start-portal = I can sign in to the { -azure-portal }
support-ticket-start-no-portal = I can't sign in to the { -azure-portal }
support-ticket-start-no-subscription = I don't have a subscription yet: I'm stuck signing up
support-ticket-start-partner-center = It's about my { -partner-center } account or membership
support-ticket-start-licensing = It's about an Open or volume licensing agreement
support-ticket-start-visual-studio = It's about my { -visual-studio } subscription
support-ticket-start-startups = It's about { -startups } credits

## portal-request
support-ticket-portal-request = Open a request in the { -azure-portal }
support-ticket-portal-request-hint = Once the request is created, an { -support-ticket-azure-support } engineer contacts you the way you chose.
support-ticket-portal-request-open = Sign in to the { -azure-portal }, select "?" (Help) at the top, then "Create a support request".
support-ticket-portal-request-basics = Choose the issue type "Billing" and your subscription, and describe the problem in one line: the summary's problem summary.
support-ticket-portal-request-severity = Pick the severity the summary gives: C for most billing questions, B when work goes on but impaired, A only for a critical loss of service. The response-times page explains each level.
support-ticket-portal-request-details = Paste the summary's details into the problem details.
support-ticket-portal-request-time = Say when the problem started (date, time and time zone), and attach a screenshot or a document if you have one.
support-ticket-portal-request-create = Choose how you want to be contacted (email or phone) and check your contact details, then select "Review + create", and "Create".
support-ticket-blocked = What stopped the request?
support-ticket-blocked-no-role = It says I don't have permission to create a support request
support-ticket-blocked-form = The form failed, or I couldn't find it

## support-site
support-ticket-support-site = Open a request from the { -support-ticket-azure-support } website
support-ticket-support-site-open = Open the { -support-ticket-azure-support } website.
support-ticket-support-site-get = Select "Submit a support ticket" (formerly "Get support").
support-ticket-support-site-send = Describe your billing or subscription issue, paste the summary and your path code, and send the request.

## sign-up-request
support-ticket-sign-up-request = Ask billing support about a sign-up that doesn't go through
support-ticket-sign-up-request-hint = You don't need a subscription to ask for help with signing up.
support-ticket-sign-up-request-open = Sign in to the { -azure-portal } with the account you tried to sign up with, select "?" (Help), then "Create a support request".
support-ticket-sign-up-request-get = Choose the issue type "Billing"; where it asks for a subscription, say you have none yet. Creating a request without a subscription takes an administrator of the account's directory; from a terminal, the Azure CLI does it too:
        az support no-subscription tickets create
support-ticket-sign-up-request-describe = Say which sign-up step fails and what it shows, and paste the summary.
support-ticket-sign-up-request-send = Choose "Phone" as the contact method if you'd rather be called, then create the request.

## admin

## account-center

## find-admin
support-ticket-find-admin = Have someone with the right role open the request
support-ticket-find-admin-hint = Only the roles Owner, Contributor or Support Request Contributor on the subscription (or a custom role allowing support requests) can create one.
support-ticket-find-admin-roles = Find who holds one of those roles on the subscription: its "Access control (IAM)" page in the { -azure-portal } lists them, or ask your IT department.
support-ticket-find-admin-ask = Ask them to create the request for you: "?" (Help), then "Create a support request", issue type "Billing".
support-ticket-find-admin-share = Give them the summary, your path code and your session to include.
support-ticket-partner-center-request = Open a request with { -partner-center } support
support-ticket-partner-center-request-hint = Sign in with the work account linked to your PartnerID; a first contact may ask for a security check.
support-ticket-partner-center-request-open = Read how to contact { -partner-center } support, then sign in to { -partner-center }.
support-ticket-partner-center-request-new = Select "?" (Help), then "Contact Support" (on older screens: "Support" > "New request").
support-ticket-partner-center-request-describe = Fill in the problem summary and problem type, look through the suggested solutions, then select "Create support request".
support-ticket-partner-center-request-send = Add the summary's details (PartnerID, tenant domain, what you tried) and submit.
support-ticket-licensing-request = Contact { -microsoft } Volume Licensing support
support-ticket-licensing-request-hint = Open-program agreements are handled by volume licensing support, not by { -azure } billing support.
support-ticket-licensing-request-open = Open "Contact volume licensing support".
support-ticket-licensing-request-choose = Use its online form (your agreement type, for example "Open Value or Open Value Subscription", then "Professional No Charge"), or call the number it gives.
support-ticket-licensing-request-describe = Give your agreement number or licence ID, and paste the summary.
support-ticket-licensing-request-wait = Answers come within 24 business hours. By phone, keep your case number and agreement number at hand.
support-ticket-visual-studio-request = Contact { -visual-studio } subscriptions support
support-ticket-visual-studio-request-open = Open the { -visual-studio } subscriptions support page.
support-ticket-visual-studio-request-choose = Choose help with subscriptions, accounts and billing.
support-ticket-visual-studio-request-describe = Give the email address your subscription is assigned to, and paste the summary.
support-ticket-startups-request = Contact { -startups } support
support-ticket-startups-request-open = Open the { -startups } support page, and sign in to the portal.
support-ticket-startups-request-help = Select "?" (Help), then "Submit a Support Ticket".
support-ticket-startups-request-describe = Give your startup's name and the account you sign in with, and paste the summary.

## last-resort
support-ticket-last-resort = No request could be created this time. Keep the summary (copy it, or save the session), and try again later from another browser or device. If you bought { -azure } through a partner or a reseller, they can open the request for you.
support-ticket-later = That desk couldn't be reached this time. Keep the summary (copy it, or save the session), and try again later.
