-- One database per service (no service reads another's tables), and the key vault.
create database intake;
create database office;
create database routing;
create database notification;
create database analytics;
create database keyvault;
