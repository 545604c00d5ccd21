from django.urls import path
from engagement import views

urlpatterns = [
    path("customers/<str:number>", views.show),
    path("customers/<str:number>/reminders", views.add_reminder),
    path("customers/<str:number>/sms", views.send_sms),
    path("hooks/elarian", views.webhook),
]
