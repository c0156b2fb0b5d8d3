-- Demo members of the local stack (listed in the README). A deployment with the real member system
-- leaves classpath:db/demo out of spring.flyway.locations.
insert into member_registry.member (member_number, language, postal_city) values
    ('100000001', 'fr', 'Bruxelles'),
    ('100000002', 'nl', 'Gent'),
    ('100000003', 'de', 'Eupen'),
    ('100000004', 'fr', 'Liège'),
    ('100000005', 'nl', 'Antwerpen'),
    ('100000006', 'fr', 'Namur'),
    ('100000007', 'nl', 'Leuven'),
    ('100000008', 'de', 'Sankt Vith'),
    ('100000009', 'fr', null),      -- no postal address that reaches the member (mail returned)
    ('100000010', 'fr', 'Mons')
on conflict (member_number) do nothing;
