# Topic: opening a support ticket for billing and subscription issues (seed 004).
# Every escalation from the other topics lands on support-ticket-start.

-support-ticket-azure-support = { -azure } Support

support-ticket-title = Open a support ticket for a billing or subscription issue

## start
support-ticket-start = Let's open a support request. Can you sign in to the { -azure-portal }?
support-ticket-start-hint = Keep your path code at hand: you will add it to the request details. Once your request is created, answer that it solved it.
support-ticket-start-portal = Yes, I can sign in to the { -azure-portal }
support-ticket-start-no-portal = No, I can't sign in to the { -azure-portal }

## portal-request
support-ticket-portal-request = Open a request in the { -azure-portal }
support-ticket-portal-request-hint = Once the request is created, an { -support-ticket-azure-support } representative contacts you as your agreement provides.
support-ticket-portal-request-open = Sign in to the { -azure-portal } and select "{ -help-support }" > "New support request".
support-ticket-portal-request-basics = In the "Basics" blade, choose the issue type, the subscription and the support plan.
support-ticket-portal-request-severity = In the "Problem" blade, pick the "Severity" that fits your request; the incident severity table explains each level.
support-ticket-portal-request-details = Pick a "Problem type", then under "Details" give an incident title and fill in the text boxes, adding anything else that helps.
support-ticket-portal-request-time = Optionally, under "Time frame", give the date, time and time zone of the latest occurrence, and attach related documents with "File Upload".
support-ticket-portal-request-create = In the "Contact Information" blade, check your details and preferred contact method, then click "Create".

## support-site
support-ticket-support-site = Open a request from the { -support-ticket-azure-support } website
support-ticket-support-site-open = Open the { -support-ticket-azure-support } website.
support-ticket-support-site-get = Click "Get support".
support-ticket-support-site-send = Describe your billing or subscription issue, add your path code, and submit the request.

## admin
support-ticket-admin = Are you the account administrator of the { -azure } subscription?
support-ticket-admin-hint = Only the { -azure } account administrator may access { -account-center }.
support-ticket-admin-admin = Yes, I'm the account administrator
support-ticket-admin-not-admin = No, or I'm not sure

## account-center
support-ticket-account-center = Open a request from { -azure } { -account-center }
support-ticket-account-center-open = Sign in to { -azure } { -account-center }.
support-ticket-account-center-subscription = Select the subscription the issue is about.
support-ticket-account-center-contact = Click "Contact { -microsoft } Support" and submit your request.

## find-admin
support-ticket-find-admin = Have your account administrator open the request
support-ticket-find-admin-faq = Find out who the account administrator of the subscription is: the FAQ explains how.
support-ticket-find-admin-ask = Ask them to open the request for you from { -azure } { -account-center }.
support-ticket-find-admin-share = Give them your path code and a short description of the problem to include.

## last-resort
support-ticket-last-resort = Keep the ticket summary below and submit it from the { -support-ticket-azure-support } website as soon as you can (https://azure.microsoft.com/support/options/, "Get support"). If you are not the account administrator, you can also hand it to them to submit.
