require('#never');
