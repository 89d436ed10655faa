-past-due-cost-billing = Cost Management + Billing
-past-due-trust-center = Microsoft Trust Center

past-due-title = I have a past-due balance

## start
past-due-start = What do you need help with?
past-due-start-hint = This applies to { -online-services } Program accounts. A missing or failed payment is reported by email or by an alert in the { -azure-portal }. Unpaid subscriptions are canceled, and their data is deleted 90 days later.
past-due-start-pay = I got a past-due notice and want to pay
past-due-start-declined = My card was declined
past-due-start-disabled = My subscription is disabled
past-due-start-no-email = I don't get billing emails
past-due-start-other = I have another question or need help

## how-pay
past-due-how-pay = How do you pay for { -azure }?
past-due-how-pay-card = By credit or debit card, by direct debit, or I'm not sure
past-due-how-pay-invoice = By invoice

## is-admin
past-due-is-admin = Are you the Account Administrator of the subscription?
past-due-is-admin-hint = The Account Administrator can settle the balance in the { -azure-portal }.
past-due-is-admin-admin = Yes, I'm the Account Administrator
past-due-is-admin-not-admin = No, or I'm not sure

## settle
past-due-settle = Settle the balance in the { -azure-portal }
past-due-settle-hint = If several past-due subscriptions use the same credit card, you have to pay their whole outstanding balance in one go.
past-due-settle-sign-in = Sign in to the { -azure-portal } as the Account Administrator.
past-due-settle-search = Search for "{ -past-due-cost-billing }" and open it.
past-due-settle-link = Open "Invoices" and select "Settle balance" next to the past-due subscription (in some countries, such as France, the button says "Pay now").
past-due-settle-total = Check the total outstanding balance: it adds up the charges of every { -microsoft } service that uses the failed payment method.
past-due-settle-method = Select the payment method to pay with. From now on, every subscription that used the failed method uses this one.
past-due-settle-owed = If that payment method already owes { -microsoft } charges, they are added to the total: pay them too.
past-due-settle-pay = Click "Pay".
past-due-settle-data = What happens to the data of an unpaid subscription, in the { -past-due-trust-center }:
past-due-pay-now = Pay from the invoice (Microsoft Customer Agreement)
past-due-pay-now-hint = No "Settle balance" for you? Under a Microsoft Customer Agreement, a billing profile owner, contributor or invoice manager pays the invoice instead.
past-due-pay-now-open = Sign in to the { -azure-portal } and open "{ -past-due-cost-billing }"; the page linked here shows each screen.
past-due-pay-now-invoices = Open "Invoices" and find the invoice shown as past due.
past-due-pay-now-pay = Select "Pay now".
past-due-pay-now-method = Pick the payment method (another card if yours was declined) and pay.

## find-admin
past-due-find-admin = Have the Account Administrator pay
past-due-find-admin-who = Find out who the Account Administrator of your subscription is.
past-due-find-admin-ask = Ask that person to sign in to the { -azure-portal } and settle the balance.
past-due-find-admin-check = Once they have paid, check that the subscription is no longer shown as past due.

## invoice
past-due-invoice = Pay your invoice
past-due-invoice-address = Find where to send the payment: it's at the bottom of your invoice.
past-due-invoice-send = Send your payment to that place.
past-due-bank-checks = Ask your bank to let the payment through
past-due-bank-checks-call = Call your bank or card issuer and tell them a { -microsoft } payment was declined.
past-due-bank-checks-international = Ask them to allow international transactions on the card.
past-due-bank-checks-funds = Make sure the card's limit or available funds cover the whole amount due.
past-due-bank-checks-recurring = Ask them to allow recurring payments on the card.
past-due-bank-checks-retry = Then pay again, from "Settle balance" or "Pay now" as on the previous screens.

## paid-yet
past-due-paid-yet = Have you paid the past-due balance?
past-due-paid-yet-hint = Unpaid subscriptions are canceled and their data is deleted 90 days later: pay now.
past-due-paid-yet-paid = Yes, my payment went through, but the subscription is still disabled
past-due-paid-yet-not-paid = No, not yet

## still-disabled
past-due-still-disabled = Only { -azure } billing support can turn the subscription back on. Give the date, amount and reference of your payment: the summary below has blanks for them.
past-due-still-disabled-problem = Subscription still disabled after the past-due balance was paid
past-due-still-disabled-date = Payment date
past-due-still-disabled-amount = Amount paid
past-due-still-disabled-reference = Payment reference (transaction or invoice number)

## unpaid

## email
past-due-email = Get the billing emails
past-due-email-hint = These steps are for the Account Administrator.
past-due-email-check = Check which email address the notifications are sent to.
past-due-email-change = Switch to an address you read regularly.
past-due-email-spam = If the address is right, look in your spam folder.
past-due-email-not-admin = Not the Account Administrator? Only they can change where billing emails go: find out who it is.
