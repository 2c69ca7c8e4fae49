# The prelude precompiled with the judge's flags ($cxx, from language.json: a PCH applies only then),
# the driver's question-independent part compiled once (driver.o, linked with every function
# question's program), and <bits/stdc++.h> for whole programs (program questions), found first on
# their -I path.
cd /opt/clonecode/cpp
/usr/bin/g++ $cxx -x c++-header prelude.hpp -o prelude.hpp.gch
/usr/bin/g++ $cxx -c driver.cpp -o driver.o && rm driver.cpp
install -d pch/bits
/usr/bin/g++ $cxx -x c++-header /usr/include/x86_64-linux-gnu/c++/$(/usr/bin/g++ -dumpversion)/bits/stdc++.h -o pch/bits/stdc++.h.gch
