# Topic: opening a support request for billing and subscription issues (seed 004).
# Every escalation from the other topics lands on support-ticket-start.

-support-ticket-azure-support = { -azure } Support

support-ticket-title = Open a support request for a billing or subscription issue

## start
support-ticket-start = Let's open a support request. Which fits your case?
support-ticket-start-hint = Billing and subscription support is free, with or without a support plan. Keep your path code and the summary at hand: they go into the request.
support-ticket-start-portal = I can sign in to the { -azure-portal }
support-ticket-start-no-portal = I can't sign in to the { -azure-portal }
support-ticket-start-no-subscription = I don't have a subscription yet: I'm stuck signing up

## portal-request
support-ticket-portal-request = Open a request in the { -azure-portal }
support-ticket-portal-request-hint = Once the request is created, an { -support-ticket-azure-support } engineer contacts you the way you chose.
support-ticket-portal-request-open = Sign in to the { -azure-portal } and select "{ -help-support }" > "New support request".
support-ticket-portal-request-basics = Choose the issue type "Billing", then your subscription and the problem type.
support-ticket-portal-request-severity = Pick the severity the summary suggests; the severity table explains each level.
support-ticket-portal-request-details = Give the request a title, then paste the summary's details into the description.
support-ticket-portal-request-time = Say when the problem started (date, time and time zone), and attach screenshots or documents if you have any.
support-ticket-portal-request-create = Check your contact details and preferred contact method, select "Review + create", then "Create".

## support-site
support-ticket-support-site = Open a request from the { -support-ticket-azure-support } website
support-ticket-support-site-open = Open the { -support-ticket-azure-support } website.
support-ticket-support-site-get = Select "Get support".
support-ticket-support-site-send = Describe your billing or subscription issue, paste the summary and your path code, and send the request.

## sign-up-request
support-ticket-sign-up-request = Ask for help with a sign-up that doesn't go through
support-ticket-sign-up-request-hint = You don't need a subscription to get help with signing up.
support-ticket-sign-up-request-open = Open the { -support-ticket-azure-support } website.
support-ticket-sign-up-request-get = Select "Get support" and sign in with the account you tried to sign up with.
support-ticket-sign-up-request-describe = Say which sign-up step fails, and paste the summary and your path code.
support-ticket-sign-up-request-send = Send the request.

## admin
support-ticket-admin = Are you the account administrator of the { -azure } subscription?
support-ticket-admin-hint = The account administrator can open a request from the subscription itself.
support-ticket-admin-admin = Yes, I'm the account administrator
support-ticket-admin-not-admin = No, or I don't know

## account-center
support-ticket-account-center = Open the request from your subscription
support-ticket-account-center-open = Sign in to the { -azure-portal } as the account administrator and open "Subscriptions".
support-ticket-account-center-subscription = Select the subscription the issue is about.
support-ticket-account-center-contact = In its menu, under "Support + troubleshooting", select "New support request" and send it.

## find-admin
support-ticket-find-admin = Have your account administrator open the request
support-ticket-find-admin-faq = Find out who the account administrator of the subscription is.
support-ticket-find-admin-ask = Ask them to open the request for you from the { -azure-portal }.
support-ticket-find-admin-share = Give them the summary and your path code to include.

## last-resort
support-ticket-last-resort = No request could be opened this time. Save the summary below with s, then try again later from another browser or device. If you bought { -azure } through a partner or a reseller, they can open the request for you.
